import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { draftEmail } from "@/lib/email/messages";
import { enqueueEmail } from "@/lib/email/outbox";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { attachGuestOrders } from "@/lib/orders/guest-orders";
import { appUrl } from "@/lib/orders/order-link";
import { hit, reset } from "@/lib/rate-limit";
import { signInEmailThrottleKey } from "./credentials";
import { hashPassword, passwordSchema } from "./password";
import { emailSchema } from "./registration";
import { closeUserSessions } from "./sessions";
import { tooManyAttemptsMessage } from "./sign-in-errors";
import { AUTH_MESSAGES, RESET_TOKEN_MINUTES } from "@/lib/auth/messages";

export { RESET_TOKEN_MINUTES };
/** Requests from one address, and for one email from anywhere, per window. */
export const RESET_ADDRESS_WINDOW = { limit: 10, windowMs: 15 * 60_000 };
export const RESET_EMAIL_WINDOW = { limit: 3, windowMs: 15 * 60_000 };
/** Attempts to use a link from one address (a wrong or expired token counts too). */
export const RESET_ATTEMPT_WINDOW = { limit: 10, windowMs: 15 * 60_000 };

export const RESET_REQUESTED_MESSAGE = AUTH_MESSAGES.resetRequested;
export const INVALID_RESET_LINK = AUTH_MESSAGES.invalidLink;

export const resetAddressKey = (address: string) => `password-reset-address:${address}`;
export const resetEmailKey = (email: string) => `password-reset-email:${email.toLowerCase()}`;
const resetAttemptKey = (address: string) => `password-reset-attempt:${address}`;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export type ResetRequestResult = { ok: true; message: string } | { ok: false; message?: string; fieldErrors?: { email?: string[] } };

/**
 * Sends a reset link when the email has an account. The answer is the same either way, and the
 * counters count every request whether or not the account exists, so neither tells them apart.
 * The token and its email are written in one transaction; an older unused link stops working.
 * The email is written in `input.locale`, the language of the request that asked for it.
 */
export async function requestPasswordReset(input: { email: unknown; locale?: Locale }, address: string, now = Date.now()): Promise<ResetRequestResult> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return { ok: false, fieldErrors: { email: [parsed.error.issues[0]?.message ?? "Enter a valid email address"] } };
  const email = parsed.data;

  const byAddress = await hit(resetAddressKey(address), RESET_ADDRESS_WINDOW, now);
  const byEmail = await hit(resetEmailKey(email), RESET_EMAIL_WINDOW, now);
  if (!byAddress.allowed || !byEmail.allowed) {
    return { ok: false, message: tooManyAttemptsMessage(minutesOf(Math.max(byAddress.allowed ? 0 : byAddress.retryAfterSeconds, byEmail.allowed ? 0 : byEmail.retryAfterSeconds))) };
  }

  const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email));
  if (user) {
    const token = randomBytes(32).toString("base64url");
    const message = await draftEmail("passwordReset", {
      to: user.email,
      locale: input.locale ?? DEFAULT_LOCALE,
      resetUrl: appUrl(`/reset-password?token=${token}`),
      minutes: RESET_TOKEN_MINUTES,
    });
    await db.transaction(async (tx) => {
      await tx.delete(passwordResetTokens).where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
      await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now + RESET_TOKEN_MINUTES * 60_000) });
      await enqueueEmail(tx, message);
    });
  }
  return { ok: true, message: RESET_REQUESTED_MESSAGE };
}

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** Whether a link is still good (for the page to show the form or the "ask for a new one" message). */
export async function isUsableResetToken(token: unknown, now = Date.now()): Promise<boolean> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return false;
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(parsed.data)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date(now))));
  return Boolean(row);
}

const resetSchema = z
  .object({
    token: z.string(),
    newPassword: z.string({ message: "Choose a new password" }).pipe(passwordSchema),
    confirmPassword: z.string({ message: "Type the new password again" }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords are not the same" });

export type ResetField = "newPassword" | "confirmPassword";
export type ResetResult = { ok: true; email: string } | { ok: false; message?: string; fieldErrors?: Partial<Record<ResetField, string[]>> };

/**
 * Sets the new password through a link: the link is claimed by a conditional UPDATE (so it works
 * once even when submitted twice at the same moment), and in the same transaction the password
 * changes and every session of the account ends.
 */
export async function resetPassword(input: { token: unknown; newPassword: unknown; confirmPassword: unknown }, address: string, now = Date.now()): Promise<ResetResult> {
  const attempt = await hit(resetAttemptKey(address), RESET_ATTEMPT_WINDOW, now);
  if (!attempt.allowed) return { ok: false, message: tooManyAttemptsMessage(minutesOf(attempt.retryAfterSeconds)) };
  if (!(await isUsableResetToken(input.token, now))) return { ok: false, message: INVALID_RESET_LINK };
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const tokenHash = hashToken(parsed.data.token);
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const email = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date(now) })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date(now))))
      .returning({ id: passwordResetTokens.id, userId: passwordResetTokens.userId });
    if (!claimed) return null;
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, claimed.userId)).returning({ email: users.email });
    await closeUserSessions(claimed.userId, tx);
    // The link came to this mailbox, which proves the address: its guest orders join the account.
    if (user) await attachGuestOrders(tx, claimed.userId, user.email);
    await tx.delete(passwordResetTokens).where(and(eq(passwordResetTokens.userId, claimed.userId), ne(passwordResetTokens.id, claimed.id)));
    return user?.email ?? null;
  });
  if (!email) return { ok: false, message: INVALID_RESET_LINK };
  // Whoever was guessing at the old password no longer holds the owner's sign-in back.
  await reset(signInEmailThrottleKey(email));
  return { ok: true, email };
}
