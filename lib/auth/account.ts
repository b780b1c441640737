import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { accounts, fingerprintUsage, rateLimits, subscriptions, users } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { getStripe } from "@/lib/payments/stripe";
import { MANAGEABLE_STATUSES } from "@/lib/plans/status";
import { hit, peek, reset } from "@/lib/rate-limit";
import { signInEmailThrottleKey } from "./credentials";
import { hashPassword, passwordSchema, verifyPassword } from "./password";
import { resetEmailKey } from "./password-reset";
import { nameSchema } from "./registration";
import { closeUserSessions } from "./sessions";
import { tooManyAttemptsMessage } from "./sign-in-errors";
import { logger } from "@/lib/observability/logger";
import { AUTH_MESSAGES } from "@/lib/auth/messages";

export type AccountProfile = {
  id: string;
  name: string | null;
  email: string;
  role: "customer" | "admin";
  createdAt: Date;
  hasPassword: boolean;
  providers: string[];
};

export async function getAccountProfile(userId: string): Promise<AccountProfile | null> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const linked = await db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId));
  const { passwordHash, ...profile } = user;
  return { ...profile, hasPassword: Boolean(passwordHash), providers: linked.map((row) => row.provider) };
}

export async function userIdForEmail(email: string): Promise<string | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase()));
  return user?.id ?? null;
}

/** The language a signed-in shopper switched to: the account's emails are written in it from now on. */
export async function rememberUserLocale(userId: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export type FieldResult<Field extends string> = { ok: true } | { ok: false; fieldErrors: Partial<Record<Field, string[]>> };

const profileSchema = z.object({ name: nameSchema });

export type ProfileField = "name";

export async function updateProfile(userId: string, input: unknown): Promise<FieldResult<ProfileField>> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  await db.update(users).set({ name: parsed.data.name }).where(eq(users.id, userId));
  return { ok: true };
}

export const PASSWORD_CHANGE_WINDOW = { limit: 5, windowMs: 15 * 60_000 };

export function passwordChangeThrottleKey(userId: string) {
  return `password-change:${userId}`;
}

const passwordChangeSchema = z.object({
  currentPassword: z.string({ message: AUTH_MESSAGES.enterCurrentPassword }).min(1, AUTH_MESSAGES.enterCurrentPassword).max(128),
  newPassword: z.string({ message: AUTH_MESSAGES.chooseNewPassword }).pipe(passwordSchema),
});

export type PasswordChangeField = "currentPassword" | "newPassword";

/**
 * Needs the current password, so a session left open on a shared computer cannot take the account
 * over; wrong guesses count against the same kind of slowdown as sign-in. Ends every session of the
 * user, the caller's included: the action signs the caller in again with the new password.
 */
export async function changePassword(userId: string, input: unknown): Promise<FieldResult<PasswordChangeField>> {
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { currentPassword, newPassword } = parsed.data;

  const key = passwordChangeThrottleKey(userId);
  const before = await peek(key, PASSWORD_CHANGE_WINDOW);
  if (before.count >= PASSWORD_CHANGE_WINDOW.limit) {
    const minutes = Math.max(1, Math.ceil(before.retryAfterSeconds / 60));
    return { ok: false, fieldErrors: { currentPassword: [tooManyAttemptsMessage(minutes)] } };
  }

  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user?.passwordHash) return { ok: false, fieldErrors: { currentPassword: [AUTH_MESSAGES.noPasswordToChange] } };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await hit(key, PASSWORD_CHANGE_WINDOW);
    return { ok: false, fieldErrors: { currentPassword: [AUTH_MESSAGES.currentIncorrect] } };
  }
  if (currentPassword === newPassword) {
    return { ok: false, fieldErrors: { newPassword: [AUTH_MESSAGES.differentPassword] } };
  }

  const passwordHash = await hashPassword(newPassword);
  // Whoever else was signed in (perhaps with the old password) is signed out everywhere.
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await closeUserSessions(userId, tx);
  });
  await reset(key);
  return { ok: true };
}

/** The user's plans that will keep charging the card; deleting the account would orphan them at Stripe. */
function plansStillCharging(userId: string) {
  return and(eq(subscriptions.userId, userId), inArray(subscriptions.status, MANAGEABLE_STATUSES), eq(subscriptions.cancelAtPeriodEnd, false));
}

export type DeleteAccountField = "confirmEmail";

export type DeleteAccountResult =
  | { ok: true }
  | { ok: false; fieldErrors: Partial<Record<DeleteAccountField, string[]>> }
  | { ok: false; message: string };

/**
 * Deletes the user row; the schema's cascades remove linked accounts, sessions, the cart, chat
 * threads and subscriptions, while orders stay for the shop's books with `userId` set to null.
 * Counters keyed by the email or id go too, and so does the Stripe customer (their name, email and
 * saved cards), so nothing personal is left behind.
 */
export async function deleteAccount(userId: string, input: unknown): Promise<DeleteAccountResult> {
  const result = await deleteAccountRows(userId, input);
  if (result.ok && result.stripeCustomerId) await deleteStripeCustomer(result.stripeCustomerId);
  return result.ok ? { ok: true } : result;
}

async function deleteStripeCustomer(customerId: string) {
  try {
    await getStripe().customers.del(customerId);
  } catch (error) {
    // The account is gone either way; an operator can remove the customer in Stripe's dashboard.
    logger().error(`Accounts: the Stripe customer ${customerId} of a deleted account could not be deleted: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function deleteAccountRows(
  userId: string,
  input: unknown,
): Promise<Exclude<DeleteAccountResult, { ok: true }> | { ok: true; stripeCustomerId: string | null }> {
  const parsed = z
    .object({ confirmEmail: z.string({ message: AUTH_MESSAGES.typeEmail }).trim().toLowerCase().min(1, AUTH_MESSAGES.typeEmail) })
    .safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, stripeCustomerId: users.stripeCustomerId })
      .from(users)
      .where(eq(users.id, userId));
    if (!user) return { ok: false, message: AUTH_MESSAGES.noLongerExists };
    if (parsed.data.confirmEmail !== user.email.toLowerCase()) {
      return { ok: false, fieldErrors: { confirmEmail: [AUTH_MESSAGES.typeEmailExactly] } };
    }
    const [billing] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(plansStillCharging(userId));
    if (billing) {
      return { ok: false, message: AUTH_MESSAGES.planStillActive };
    }

    const signInPrefix = `signin:${user.email.toLowerCase()}:`;
    await tx
      .delete(rateLimits)
      .where(
        or(
          sql`substr(${rateLimits.key}, 1, ${signInPrefix.length}) = ${signInPrefix}`,
          eq(rateLimits.key, signInEmailThrottleKey(user.email)),
          eq(rateLimits.key, passwordChangeThrottleKey(userId)),
          eq(rateLimits.key, resetEmailKey(user.email)),
        ),
      );
    await tx.delete(fingerprintUsage).where(eq(fingerprintUsage.subject, `user:${userId}`));
    await tx.delete(users).where(eq(users.id, userId));
    return { ok: true, stripeCustomerId: user.stripeCustomerId };
  });
}
