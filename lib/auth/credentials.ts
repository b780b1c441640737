import "server-only";
import { CredentialsSignin } from "next-auth";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hit, release, reset } from "@/lib/rate-limit";
import { requestClientAddress } from "@/lib/security/client-address";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";
import { isKnownDevice, rememberDevice, requestDeviceId } from "./sign-in-devices";

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

export function signInDeviceThrottleKey(email: string, deviceId: string) {
  return `signin-device:${email.toLowerCase()}:${deviceId}`;
}

function minutesUntil(retryAfterSeconds: number) {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/**
 * Credentials sign-in: repeated failures are refused for a while. A browser that has signed in to
 * this account before is counted on its own failures only, so guesses from other addresses and
 * devices cannot lock the owner out; any other browser is counted per email and IP, and per email.
 */
export async function authorizeCredentials(credentials: unknown, request?: Request) {
  const parsed = credentialsInput.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const device = requestDeviceId(request);
  const known = Boolean(user && device && (await isKnownDevice(user.id, device)));
  const key = known ? signInDeviceThrottleKey(email, device!) : signInThrottleKey(email, clientIp(request));
  const emailKey = known ? undefined : signInEmailThrottleKey(email);

  // Each attempt takes its place in the windows BEFORE any password is checked: a parallel burst
  // cannot all read "0 failures so far" and have every guess evaluated.
  const [ownHit, emailHit] = await Promise.all([hit(key, SIGN_IN_WINDOW), emailKey ? hit(emailKey, SIGN_IN_EMAIL_WINDOW) : undefined]);
  if (!ownHit.allowed || (emailHit && !emailHit.allowed)) {
    const wait = Math.max(ownHit.allowed ? 0 : ownHit.retryAfterSeconds, emailHit && !emailHit.allowed ? emailHit.retryAfterSeconds : 0);
    throw new TooManyAttempts(minutesUntil(wait));
  }

  // Unknown emails and accounts without a password cost one bcrypt comparison too, so the answer's
  // timing does not tell whether the account exists.
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (user?.passwordHash && matches) {
    // Only this attempt's own counter is cleared: a success must not hand someone guessing from
    // elsewhere a fresh budget. The owner's own attempt is taken back out of the per-email window.
    await Promise.all([reset(key), emailKey ? release(emailKey) : undefined, device ? rememberDevice(user.id, device) : undefined]);
    return { id: user.id, email: user.email, name: user.name };
  }
  if (ownHit.count >= SIGN_IN_WINDOW.limit) throw new TooManyAttempts(minutesUntil(ownHit.retryAfterSeconds));
  throw new InvalidCredentials();
}
