import { AuthError } from "next-auth";
import { AUTH_MESSAGES } from "@/lib/auth/messages";

export const INCORRECT_CREDENTIALS = AUTH_MESSAGES.incorrect;
const SIGN_IN_FAILED = "Signing in did not work this time. Please try again.";

export function tooManyAttemptsMessage(minutes: number) {
  return `Too many attempts, try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

/** The throttle's wait travels in the code as `too_many_attempts:<minutes>`; any other code is a wrong password. */
function credentialsMessage(code: string | undefined) {
  const throttled = /^too_many_attempts:(\d+)$/.exec(code ?? "");
  return throttled ? tooManyAttemptsMessage(Math.max(1, Number(throttled[1]))) : INCORRECT_CREDENTIALS;
}

/**
 * An Auth.js error, recognised by shape as well as by class: a server chunk may bundle its own copy
 * of the error classes, and then `instanceof` alone would let a wrong password become a 500.
 */
function authErrorParts(error: unknown): { type: string; code?: string } | null {
  if (!(error instanceof Error) || !("type" in error) || typeof error.type !== "string") return null;
  if (!(error instanceof AuthError) && !error.message.includes("errors.authjs.dev")) return null;
  return { type: error.type, code: "code" in error && typeof error.code === "string" ? error.code : undefined };
}

/**
 * Auth.js v5 rethrows the error `authorize` threw when `signIn()` runs in a server action, and only
 * its `code` says why. Returns the sentence to show, or null for anything that is not a sign-in
 * failure (the caller rethrows those).
 */
export function signInErrorMessage(error: unknown): string | null {
  const parts = authErrorParts(error);
  if (!parts) return null;
  return parts.type === "CredentialsSignin" ? credentialsMessage(parts.code) : SIGN_IN_FAILED;
}

/**
 * Messages for the `?error=…&code=…` Auth.js adds when a sign-in through its own routes (GitHub, or
 * a form posted straight to /api/auth) comes back to /login.
 */
export function authPageErrorMessage(error: string | undefined, code: string | undefined): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return credentialsMessage(code);
  if (error === "OAuthAccountNotLinked") {
    return "An account with this email already exists. Sign in with your email and password.";
  }
  if (error === "AccessDenied") return "Sign-in was cancelled or refused.";
  return SIGN_IN_FAILED;
}
