import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { adminEmails, env } from "@/lib/config/env";
import { draftEmail } from "@/lib/email/messages";
import { enqueueEmail } from "@/lib/email/outbox";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { claimKey, guestOrderCount } from "@/lib/orders/guest-orders";
import { appUrl } from "@/lib/orders/order-link";
import { hit, type Window } from "@/lib/rate-limit";
import { networkOf } from "@/lib/security/client-address";
import { SIGN_IN_EMAIL_WINDOW, signInEmailThrottleKey } from "./credentials";
import { DUMMY_PASSWORD_HASH, hashPassword, passwordSchema, verifyPassword } from "./password";
import { AUTH_MESSAGES } from "@/lib/auth/messages";
import { notice, type Notice, type Noticed } from "@/lib/i18n/notice";

/**
 * The answer for an email that has an account (and a password that is not its own), and for a
 * registration that lost a race: it does not say whether the account exists.
 */
export const REGISTRATION_NOT_POSSIBLE = AUTH_MESSAGES.notCreated;

/** New accounts per client address per hour, and per network (IPv4 address, IPv6 /64) per day. */
export function registrationWindows(): { address: Window; network: Window } {
  return {
    address: { limit: env().REGISTRATIONS_PER_ADDRESS, windowMs: 60 * 60_000 },
    network: { limit: env().REGISTRATIONS_PER_NETWORK, windowMs: 24 * 60 * 60_000 },
  };
}

export const emailSchema = z
  .string({ message: "Enter your email" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"));

export const nameSchema = z
  .string()
  .trim()
  .max(80, "Use at most 80 characters")
  .optional()
  .transform((value) => value || null);

export const registrationSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z.string({ message: "Choose a password" }).pipe(passwordSchema),
});

export type RegistrationField = "name" | "email" | "password";

export type RegisteredUser = { id: string; email: string; name: string | null; role: "customer" | "admin" };

export type RegistrationResult =
  | { ok: true; user: RegisteredUser }
  | { ok: false; fieldErrors: Partial<Record<RegistrationField, string[]>> }
  | { ok: false; message: string; notice?: Notice };


/**
 * Takes a place in the client's registration windows (per address and per network) before any
 * work, so accounts cannot be minted for free assistant uses. Every well-formed attempt counts,
 * an existing email's too, which also slows probing for accounts.
 */
async function registrationAllowed(address: string): Promise<{ ok: true } | ({ ok: false } & Noticed)> {
  const windows = registrationWindows();
  const network = networkOf(address);
  const [byAddress, byNetwork] = await Promise.all([hit(`register:${address}`, windows.address), hit(`register-net:${network}`, windows.network)]);
  if (byAddress.allowed && byNetwork.allowed) return { ok: true };
  const wait = Math.max(byAddress.allowed ? 0 : byAddress.retryAfterSeconds, byNetwork.allowed ? 0 : byNetwork.retryAfterSeconds);
  return { ok: false, ...notice("tooManyAccounts", { minutes: Math.max(1, Math.ceil(wait / 60)) }) };
}

/**
 * Creates a credentials account; the password is stored only as a bcrypt hash. `client.address`
 * (the request's client address) puts the attempt under the registration throttle.
 *
 * An email that already has an account gets no message saying so: with its own password the
 * answer is that account (the form then signs in, as for a new one); otherwise the neutral
 * REGISTRATION_NOT_POSSIBLE. Both paths cost one bcrypt round, like creating an account.
 * `locale`, the language the shopper registers in, becomes the account's (its emails' language).
 */
export async function registerUser(input: unknown, client?: { address: string }, locale: Locale = DEFAULT_LOCALE): Promise<RegistrationResult> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { name, email, password } = parsed.data;
  if (client) {
    const allowed = await registrationAllowed(client.address);
    if (!allowed.ok) return allowed;
  }

  const [existing] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  if (existing) return existingAccount(existing, password);

  const role = adminEmails().includes(email) ? "admin" : "customer";
  const passwordHash = await hashPassword(password);
  const id = crypto.randomUUID();
  const pastOrders = await guestOrderCount(db, email);
  const welcome = pastOrders > 0 ? await draftEmail("claimOrders", { to: email, locale, userId: id, orderCount: pastOrders, claimUrl: appUrl(`/account/claim-orders?key=${claimKey(id, email)}`) }) : null;
  const user = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ id, name, email, passwordHash, role, locale })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    // Guest orders with this email join the account once it proves it reads the mailbox.
    if (created && welcome) await enqueueEmail(tx, welcome);
    return created;
  });
  if (!user) return { ok: false, message: REGISTRATION_NOT_POSSIBLE };
  return { ok: true, user };
}

async function existingAccount(
  account: RegisteredUser & { passwordHash: string | null },
  password: string,
): Promise<RegistrationResult> {
  // A password tried here is a sign-in guess too: it takes a place in the account's sign-in window.
  const guess = await hit(signInEmailThrottleKey(account.email), SIGN_IN_EMAIL_WINDOW);
  const matches = await verifyPassword(password, account.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!guess.allowed || !account.passwordHash || !matches) return { ok: false, message: REGISTRATION_NOT_POSSIBLE };
  return { ok: true, user: { id: account.id, email: account.email, name: account.name, role: account.role } };
}
