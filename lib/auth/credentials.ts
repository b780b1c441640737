import "server-only";
import { CredentialsSignin } from "next-auth";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hit, release, reset } from "@/lib/rate-limit";
import { requestClientAddress } from "@/lib/security/client-address";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

export const SIGN_IN_WINDOW = { limit: 5, windowMs: 15 * 60_000 };
/**
 * The IP comes from X-Forwarded-For, which a client can make up; this ceiling per email across all
 * IPs keeps guessing slow even then, while staying far above what one person mistyping reaches.
 */
export const SIGN_IN_EMAIL_WINDOW = { limit: 20, windowMs: 15 * 60_000 };

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Carries the wait in its code, which is all Auth.js passes back to the sign-in form. */
export class TooManyAttempts extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `too_many_attempts:${minutes}`;
  }
}

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(128),
});

export function clientIp(request: Request | undefined): string {
  return request ? requestClientAddress(request.headers) : "local";
}

export function signInThrottleKey(email: string, ip: string) {
  return `signin:${email.toLowerCase()}:${ip}`;
}

export function signInEmailThrottleKey(email: string) {
  return `signin-email:${email.toLowerCase()}`;
}

function minutesUntil(retryAfterSeconds: number) {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** Credentials sign-in: repeated failures for one email and IP are refused for a while. */
export async function authorizeCredentials(credentials: unknown, request?: Request) {
  const parsed = credentialsInput.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const key = signInThrottleKey(email, clientIp(request));
  const emailKey = signInEmailThrottleKey(email);

  // Each attempt takes its place in both windows BEFORE any password is checked: a parallel burst
  // cannot all read "0 failures so far" and have every guess evaluated.
  const [ipHit, emailHit] = await Promise.all([hit(key, SIGN_IN_WINDOW), hit(emailKey, SIGN_IN_EMAIL_WINDOW)]);
  if (!ipHit.allowed || !emailHit.allowed) {
    const wait = Math.max(ipHit.allowed ? 0 : ipHit.retryAfterSeconds, emailHit.allowed ? 0 : emailHit.retryAfterSeconds);
    throw new TooManyAttempts(minutesUntil(wait));
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  // Unknown emails and accounts without a password cost one bcrypt comparison too, so the answer's
  // timing does not tell whether the account exists.
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (user?.passwordHash && matches) {
    // Only this IP's counter is cleared: a success must not hand someone guessing from elsewhere a
    // fresh budget. The owner's own attempt is taken back out of the per-email window.
    await Promise.all([reset(key), release(emailKey)]);
    return { id: user.id, email: user.email, name: user.name };
  }
  if (ipHit.count >= SIGN_IN_WINDOW.limit) throw new TooManyAttempts(minutesUntil(ipHit.retryAfterSeconds));
  throw new InvalidCredentials();
}
