import "server-only";
import { CredentialsSignin } from "next-auth";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hit, peek, reset } from "@/lib/rate-limit";
import { verifyPassword } from "./password";

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
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "local";
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

  const [before, beforeEmail] = await Promise.all([peek(key, SIGN_IN_WINDOW), peek(emailKey, SIGN_IN_EMAIL_WINDOW)]);
  if (before.count >= SIGN_IN_WINDOW.limit) throw new TooManyAttempts(minutesUntil(before.retryAfterSeconds));
  if (beforeEmail.count >= SIGN_IN_EMAIL_WINDOW.limit) throw new TooManyAttempts(minutesUntil(beforeEmail.retryAfterSeconds));

  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (user?.passwordHash && (await verifyPassword(password, user.passwordHash))) {
    // Only this IP's counter: a success must not hand someone guessing from elsewhere a fresh budget.
    await reset(key);
    return { id: user.id, email: user.email, name: user.name };
  }
  const [after] = await Promise.all([hit(key, SIGN_IN_WINDOW), hit(emailKey, SIGN_IN_EMAIL_WINDOW)]);
  if (!after.allowed || after.count >= SIGN_IN_WINDOW.limit) throw new TooManyAttempts(minutesUntil(after.retryAfterSeconds));
  throw new InvalidCredentials();
}
