import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth";
import { InvalidCredentials, TooManyAttempts, authorizeCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/registration";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

function fromIp(ip: string) {
  return new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip } });
}

async function attempt(email: string, password: string, ip: string) {
  return authorizeCredentials({ email, password }, fromIp(ip)).then(
    (user) => ({ ok: true as const, user }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** What `signIn("credentials", …)` in a server action does under the hood (next-auth/lib/actions). */
function authjsCredentialsSignIn(email: string, password: string, ip: string) {
  const request = new Request("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password, callbackUrl: "/account" }),
  });
  return Auth(request, { ...authOptions(), basePath: "/api/auth", secret: process.env.AUTH_SECRET, raw, skipCSRFCheck });
}

describe("credentials sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown email alike", async () => {
    await registerUser({ name: "Lin", email: "lin@example.com", password: "tea-garden-8" });
    expect(await attempt("lin@example.com", "tea-garden-8", "10.0.0.1")).toMatchObject({ ok: true, user: { email: "lin@example.com", name: "Lin" } });

    const wrong = await attempt("lin@example.com", "tea-garden-9", "10.0.0.1");
    const unknown = await attempt("nobody@example.com", "tea-garden-8", "10.0.0.1");
    expect(wrong).toMatchObject({ ok: false, error: expect.any(InvalidCredentials) });
    expect(unknown).toMatchObject({ ok: false, error: expect.any(InvalidCredentials) });
    expect(await attempt("not an email", "x", "10.0.0.1")).toMatchObject({ ok: false, error: expect.any(InvalidCredentials) });
  });

  it("refuses the 6th attempt after 5 wrong passwords, even with the right password, but not from another IP", async () => {
    await registerUser({ email: "kim@example.com", password: "right-pass-1" });
    const failures = [];
    for (let i = 0; i < 5; i += 1) failures.push(await attempt("kim@example.com", `wrong-pass-${i}`, "203.0.113.7"));
    expect(failures.slice(0, 4).every((result) => !result.ok && result.error instanceof InvalidCredentials)).toBe(true);
    expect(failures[4]).toMatchObject({ ok: false, error: expect.any(TooManyAttempts) });

    const sixth = await attempt("kim@example.com", "right-pass-1", "203.0.113.7");
    expect(sixth.ok).toBe(false);
    if (sixth.ok) return;
    expect(sixth.error).toBeInstanceOf(TooManyAttempts);
    expect(signInErrorMessage(sixth.error)).toBe("Too many attempts, try again in 15 minutes");

    expect(await attempt("kim@example.com", "right-pass-1", "198.51.100.2")).toMatchObject({ ok: true });
  });

  it("keeps the counter in the database file, not in memory: a freshly opened connection still refuses", async () => {
    const { closeDb } = await import("@/db/client");
    await registerUser({ email: "pat@example.com", password: "right-pass-2" });
    for (let i = 0; i < 5; i += 1) await attempt("pat@example.com", "nope-nope-1", "192.0.2.9");
    closeDb();
    const after = await attempt("pat@example.com", "right-pass-2", "192.0.2.9");
    expect(after).toMatchObject({ ok: false, error: expect.any(TooManyAttempts) });
  });

  it("caps guesses at one email across many made-up IPs", async () => {
    await registerUser({ email: "target@example.com", password: "right-pass-3" });
    for (let i = 0; i < 20; i += 1) await attempt("target@example.com", "guess-guess-1", `198.18.0.${i}`);
    expect(await attempt("target@example.com", "right-pass-3", "198.18.1.1")).toMatchObject({ ok: false, error: expect.any(TooManyAttempts) });
  });

  it("surfaces the throttle through Auth.js as a CredentialsSignin whose code carries the minutes", async () => {
    await registerUser({ email: "sam@example.com", password: "right-pass-4" });

    const success = await authjsCredentialsSignIn("sam@example.com", "right-pass-4", "172.16.0.1");
    expect(success.cookies?.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);

    const wrong = await authjsCredentialsSignIn("sam@example.com", "wrong-pass-4", "172.16.0.1").catch((error: unknown) => error);
    expect(wrong).toMatchObject({ type: "CredentialsSignin", code: "invalid_credentials" });
    expect(signInErrorMessage(wrong)).toBe("Incorrect email or password");

    for (let i = 0; i < 4; i += 1) await attempt("sam@example.com", "wrong-pass-4", "172.16.0.1");
    const throttled = await authjsCredentialsSignIn("sam@example.com", "right-pass-4", "172.16.0.1").catch((error: unknown) => error);
    expect(throttled).toMatchObject({ type: "CredentialsSignin", code: "too_many_attempts:15" });
    expect(signInErrorMessage(throttled)).toBe("Too many attempts, try again in 15 minutes");
  });
});
