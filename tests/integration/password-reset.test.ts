import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emails, passwordResetTokens, sessions } from "@/db/schema";
import { InvalidCredentials, authorizeCredentials } from "@/lib/auth/credentials";
import { INVALID_RESET_LINK, RESET_REQUESTED_MESSAGE, RESET_TOKEN_MINUTES, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { registerUser } from "@/lib/auth/registration";
import { openSession } from "@/lib/auth/sessions";
import { deliverDueEmails } from "@/lib/email/sender";
import { useSmtpServer } from "../support/smtp";

const smtp = useSmtpServer();

const NEW_PASSWORD = "velvet-comet-harvest-91";
let counter = 0;
async function newUser() {
  counter += 1;
  const result = await registerUser({ email: `reset${counter}-${process.pid}@example.com`, password: "orbital-basil-garden-17" });
  if (!result.ok) throw new Error("registration failed");
  return result.user;
}

/** Requests a link and reads it out of the email the mail server received. */
async function linkFor(email: string, address = "203.0.113.7", now = Date.now()) {
  expect(await requestPasswordReset({ email }, address, now)).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE });
  await deliverDueEmails();
  const mail = smtp().received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email).at(-1);
  const url = mail?.text?.match(/http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]+)/);
  if (!url) throw new Error(`no reset link in ${mail?.text}`);
  return url[1];
}

const signIn = (email: string, password: string) =>
  authorizeCredentials({ email, password }).then(
    () => "signed in",
    (error: unknown) => (error instanceof InvalidCredentials ? "refused" : error),
  );

const input = (token: string, password = NEW_PASSWORD, confirm = password) => ({ token, newPassword: password, confirmPassword: confirm });

describe("password reset", () => {
  it("the emailed link sets a new password once, signs out every session, and the old password stops working", async () => {
    const user = await newUser();
    await openSession(user.id);
    await openSession(user.id);
    const token = await linkFor(user.email);
    const [stored] = await getDb().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored.tokenHash).not.toContain(token);

    expect(await resetPassword(input(token, "short", "short"), "203.0.113.7")).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.any(String)] } });
    expect(await resetPassword(input(token, NEW_PASSWORD, "something-else-entirely"), "203.0.113.7")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two passwords are not the same"] },
    });
    expect(await resetPassword(input(token, "password123", "password123"), "203.0.113.7")).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.stringContaining("stronger")] } });

    expect(await resetPassword(input(token), "203.0.113.7")).toEqual({ ok: true, email: user.email });
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect(await signIn(user.email, NEW_PASSWORD)).toBe("signed in");
    expect(await signIn(user.email, "orbital-basil-garden-17")).toBe("refused");

    // Single use.
    expect(await resetPassword(input(token, "another-lunar-melon-55"), "203.0.113.7")).toEqual({ ok: false, message: INVALID_RESET_LINK });
    expect(await signIn(user.email, NEW_PASSWORD)).toBe("signed in");
  });

  it("a link expires after 30 minutes, and a newer link replaces an older one", async () => {
    const user = await newUser();
    const start = Date.now();
    const expiring = await linkFor(user.email, "203.0.113.8", start);
    expect(await resetPassword(input(expiring), "203.0.113.8", start + RESET_TOKEN_MINUTES * 60_000 + 1000)).toEqual({ ok: false, message: INVALID_RESET_LINK });

    const older = await linkFor(user.email, "203.0.113.8");
    const newer = await linkFor(user.email, "203.0.113.8");
    expect(await resetPassword(input(older), "203.0.113.8")).toEqual({ ok: false, message: INVALID_RESET_LINK });
    expect(await resetPassword(input(newer), "203.0.113.8")).toMatchObject({ ok: true });
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const before = await getDb().select().from(emails);
    expect(await requestPasswordReset({ email: "nobody-here@example.com" }, "203.0.113.9")).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE });
    expect(await getDb().select().from(emails)).toHaveLength(before.length);
    expect(await requestPasswordReset({ email: "not an email" }, "203.0.113.9")).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  });

  it("throttles requests per email and per address, the same way for accounts that do not exist", async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) expect((await requestPasswordReset({ email: user.email }, `198.51.100.${i}`)).ok).toBe(true);
    expect(await requestPasswordReset({ email: user.email }, "198.51.100.50")).toMatchObject({ ok: false, message: expect.stringContaining("Too many attempts") });
    for (let i = 0; i < 3; i++) expect((await requestPasswordReset({ email: "ghost@example.com" }, `198.51.100.${i + 10}`)).ok).toBe(true);
    expect(await requestPasswordReset({ email: "ghost@example.com" }, "198.51.100.51")).toMatchObject({ ok: false, message: expect.stringContaining("Too many attempts") });

    for (let i = 0; i < 10; i++) expect((await requestPasswordReset({ email: `spray${i}@example.com` }, "192.0.2.44")).ok).toBe(true);
    expect(await requestPasswordReset({ email: "spray-last@example.com" }, "192.0.2.44")).toMatchObject({ ok: false, message: expect.stringContaining("Too many attempts") });
  });
});
