import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth";
import { InvalidCredentials, TooManyAttempts, authorizeCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/registration";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

function fromIp(ip: string) {
  return new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-beyond-earth-peer": ip } });
}

async function attempt(email: string, password: string, ip: string) {
  return authorizeCredentials({ email, password }, fromIp(ip)).then(
    (user) => ({ ok: true as const, user }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** Auth.js as `signIn()`/`signOut()`/`auth()` drive it from server code (next-auth/lib/actions). */
function authjs(action: string, init: RequestInit) {
  return Auth(new Request(`http://localhost/api/auth/${action}`, init), {
    ...authOptions(),
    basePath: "/api/auth",
    secret: process.env.AUTH_SECRET,
    raw,
    skipCSRFCheck,
  });
}

function authjsCredentialsSignIn(email: string, password: string, ip: string) {
  return authjs("callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-beyond-earth-peer": ip },
    body: new URLSearchParams({ email, password, callbackUrl: "/account" }),
  });
}

async function sessionCookieFor(email: string, password: string) {
  const signedIn = await authjsCredentialsSignIn(email, password, "10.1.1.1");
  const cookie = signedIn.cookies?.find((entry) => entry.name.endsWith("authjs.session-token"));
  if (!cookie) throw new Error("sign-in set no session cookie");
  return `${cookie.name}=${cookie.value}`;
}

async function sessionEmail(cookie: string) {
  const response = await authjs("session", { headers: { cookie } });
  const body = response.body as { user?: { email?: string } } | null;
  return body?.user?.email ?? null;
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

  it("ends a session for good at sign-out: a copy of its cookie no longer signs anyone in", async () => {
    await registerUser({ email: "copy@example.com", password: "right-pass-5" });
    const cookie = await sessionCookieFor("copy@example.com", "right-pass-5");
    const otherDevice = await sessionCookieFor("copy@example.com", "right-pass-5");
    expect(await sessionEmail(cookie)).toBe("copy@example.com");

    await authjs("signout", {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ callbackUrl: "/" }),
    });
    expect(await sessionEmail(cookie)).toBeNull();
    expect(await sessionEmail(otherDevice)).toBe("copy@example.com");
  });

  it("ends every session when the password changes", async () => {
    const { changePassword } = await import("@/lib/auth/account");
    const result = await registerUser({ email: "rotate@example.com", password: "right-pass-6" });
    if (!result.ok) throw new Error("registration failed in test setup");
    const cookie = await sessionCookieFor("rotate@example.com", "right-pass-6");
    expect(await sessionEmail(cookie)).toBe("rotate@example.com");

    expect(await changePassword(result.user.id, { currentPassword: "right-pass-6", newPassword: "right-pass-7" })).toEqual({ ok: true });
    expect(await sessionEmail(cookie)).toBeNull();
    expect(await sessionEmail(await sessionCookieFor("rotate@example.com", "right-pass-7"))).toBe("rotate@example.com");
  });
});
