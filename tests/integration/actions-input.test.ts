import { describe, expect, it, vi } from "vitest";
import { SEND_THE_FORM } from "@/lib/actions/form";

// A server action is a public endpoint: a caller can pass any arguments React can encode, not the
// form its page renders. Each form action answers that with a form error instead of throwing
// (which Next turns into a 500).
const session = vi.hoisted(() => ({ user: { id: "user-1", email: "shopper@example.test", name: "Shopper", role: "customer" as const } }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => session.user, signIn: vi.fn(), signOut: vi.fn(), auth: async () => null }));
vi.mock("@/lib/cart/cookie", () => ({ requireCartId: async () => "cart-1", cartIdFromCookie: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const formActions = {
  loginAction: (await import("@/app/(auth)/login/actions")).loginAction,
  registerAction: (await import("@/app/(auth)/register/actions")).registerAction,
  forgotPasswordAction: (await import("@/app/(auth)/forgot-password/actions")).forgotPasswordAction,
  resetPasswordAction: (await import("@/app/(auth)/reset-password/actions")).resetPasswordAction,
  switchPlanAction: (await import("@/app/(store)/plans/actions")).switchPlanAction,
  submitShippingAction: (await import("@/app/(store)/checkout/actions")).submitShippingAction,
  authenticateAction: (await import("@/app/(store)/checkout/3d-secure/actions")).authenticateAction,
  updateCartItem: (await import("@/app/(store)/cart/actions")).updateCartItem,
  removeCartItem: (await import("@/app/(store)/cart/actions")).removeCartItem,
  addToCart: (await import("@/app/(store)/shop/[slug]/actions")).addToCart,
  saveReviewAction: (await import("@/app/(store)/shop/[slug]/review/actions")).saveReviewAction,
  deleteReviewAction: (await import("@/app/(store)/shop/[slug]/review/actions")).deleteReviewAction,
  updateProfileAction: (await import("@/app/account/actions")).updateProfileAction,
  claimOrdersAction: (await import("@/app/account/claim-orders/actions")).claimOrdersAction,
} as Record<string, (previous: unknown, form: unknown) => Promise<unknown>>;

const notForms: unknown[] = ["not a form", 42, null, undefined, { email: "a@b.c", password: "x" }, ["productId", "1"]];

describe("server actions called with arguments that are not their form", () => {
  for (const [name, run] of Object.entries(formActions)) {
    it(`${name} answers with a form error`, async () => {
      for (const payload of notForms) {
        const state = await run(null, payload);
        expect(JSON.stringify(state), `${name}(${JSON.stringify(payload)})`).toContain(SEND_THE_FORM);
      }
    });
  }

  it("the GitHub sign-in button's action does not throw on a payload that is not a form", async () => {
    const { signInWithGithubAction } = await import("@/lib/auth/session-actions");
    for (const payload of notForms) await expect(signInWithGithubAction(payload as FormData)).resolves.toBeUndefined();
  });
});
