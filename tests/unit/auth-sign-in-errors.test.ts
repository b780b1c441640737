import { AuthError, CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";
import { InvalidCredentials, TooManyAttempts } from "@/lib/auth/credentials";
import { authPageErrorMessage, signInErrorMessage } from "@/lib/auth/sign-in-errors";

class OtherAuthError extends AuthError {}

describe("sign-in error messages", () => {
  it("says the email or password is wrong without saying which", () => {
    expect(signInErrorMessage(new InvalidCredentials())).toBe("Incorrect email or password");
    expect(signInErrorMessage(new CredentialsSignin())).toBe("Incorrect email or password");
  });

  it("tells a throttled user how long to wait", () => {
    expect(signInErrorMessage(new TooManyAttempts(15))).toBe("Too many attempts, try again in 15 minutes");
    expect(signInErrorMessage(new TooManyAttempts(1))).toBe("Too many attempts, try again in 1 minute");
  });

  it("recognises a throttle error from another bundled copy of the Auth.js classes", () => {
    const foreign = Object.assign(new Error("Read more at https://errors.authjs.dev#credentialssignin"), {
      type: "CredentialsSignin",
      code: "too_many_attempts:4",
    });
    expect(signInErrorMessage(foreign)).toBe("Too many attempts, try again in 4 minutes");
    expect(signInErrorMessage(Object.assign(new Error("boom"), { type: "CredentialsSignin" }))).toBeNull();
  });

  it("gives other Auth.js failures a retry sentence and leaves non-auth errors to the caller", () => {
    expect(signInErrorMessage(new OtherAuthError("adapter down"))).toBe("Signing in did not work this time. Please try again.");
    expect(signInErrorMessage(new Error("NEXT_REDIRECT"))).toBeNull();
  });

  it("explains the ?error= Auth.js adds when it sends someone back to /login", () => {
    expect(authPageErrorMessage(undefined, undefined)).toBeNull();
    expect(authPageErrorMessage("CredentialsSignin", "too_many_attempts:7")).toBe("Too many attempts, try again in 7 minutes");
    expect(authPageErrorMessage("CredentialsSignin", "invalid_credentials")).toBe("Incorrect email or password");
    expect(authPageErrorMessage("OAuthAccountNotLinked", undefined)).toMatch(/already exists/);
  });
});
