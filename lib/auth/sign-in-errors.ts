import { AuthError } from "next-auth";

export const INCORRECT_CREDENTIALS = "Incorrect email or password";
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
 * Auth.js v5 rethrows the error `authorize` threw when `signIn()` runs in a server action, and only
 * its `code` says why. Returns the sentence to show, or null for anything that is not a sign-in
 * failure (the caller rethrows those).
 */
export function signInErrorMessage(error: unknown): string | null {
  if (!(error instanceof AuthError)) return null;
  if (error.type === "CredentialsSignin") {
    return credentialsMessage("code" in error && typeof error.code === "string" ? error.code : undefined);
  }
  return SIGN_IN_FAILED;
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
