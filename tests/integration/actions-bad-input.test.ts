import { beforeEach, describe, expect, it, vi } from "vitest";

// Every server action answers bad input with a form error (never a 500, never a thrown error).
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; role: "customer" } }));
const signIn = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ currentUser: async () => session.user, signIn }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { loginAction } = await import("@/app/(auth)/login/actions");
const { registerAction } = await import("@/app/(auth)/register/actions");
const { resetPasswordAction } = await import("@/app/(auth)/reset-password/actions");
const { switchPlanAction, startSubscriptionAction } = await import("@/app/(store)/plans/actions");
const { saveReviewAction } = await import("@/app/(store)/shop/[slug]/review/actions");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(() => {
  session.user = null;
  signIn.mockReset();
});

describe("bad input gets a form error", () => {
  it("sign-in: an invalid email is marked on its field, the email is kept and the password is not echoed", async () => {
    const state = await loginAction(null, form({ email: "not-an-email", password: "secret-words", callbackUrl: "/cart" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: ["Enter a valid email address"] }, values: { email: "not-an-email" } });
    expect(JSON.stringify(state)).not.toContain("secret-words");
    expect(signIn).not.toHaveBeenCalled();
  });

  it("register: a bad email and a weak password are answered field by field", async () => {
    const state = await registerAction(null, form({ name: "Ada", email: "ada@", password: "short" }));
    expect(state.ok).toBe(false);
    expect(Object.keys(state.ok === false ? (state.fieldErrors ?? {}) : {}).sort()).toEqual(["email", "password"]);
    expect(state.values).toEqual({ name: "Ada", email: "ada@" });
  });

  it("reset: mismatched passwords are refused", async () => {
    const state = await resetPasswordAction(null, form({ token: "x", newPassword: "correct horse battery staple", confirmPassword: "something else" }));
    expect(state.ok).toBe(false);
  });

  it("plans: an unknown plan is refused with a sentence", async () => {
    session.user = { id: "user-1", email: "a@example.com", role: "customer" };
    expect(await switchPlanAction(null, form({ plan: "platinum" }))).toEqual({ ok: false, message: "Choose one of the plans." });
    expect(await startSubscriptionAction(null, form({ plan: "" }))).toEqual({ ok: false, message: "Choose one of the plans." });
  });

  it("reviews and every other action: a payload that is not a form is refused", async () => {
    session.user = { id: "user-1", email: "a@example.com", role: "customer" };
    const notAForm = { productId: "1" } as unknown as FormData;
    expect(await saveReviewAction(null, notAForm)).toEqual({ ok: false, message: "Send the form." });
    expect(await loginAction(null, notAForm)).toEqual({ ok: false, message: "Send the form." });
  });

  it("reviews: a rating out of range is marked on its field", async () => {
    session.user = { id: "user-1", email: "a@example.com", role: "customer" };
    const state = await saveReviewAction(null, form({ productId: "1", rating: "9", title: "Great", body: "Really good beans." }));
    expect(state.ok === false && state.fieldErrors?.rating?.length).toBeTruthy();
  });
});
