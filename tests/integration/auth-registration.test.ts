import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { resetEnvCache } from "@/lib/config/env";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { REGISTRATION_NOT_POSSIBLE, registerUser, registrationWindows } from "@/lib/auth/registration";
import { WEAK_PASSWORD_MESSAGE } from "@/lib/auth/password";

describe("registration", () => {
  afterEach(() => {
    delete process.env.ADMIN_EMAILS;
    resetEnvCache();
  });

  it("creates a customer with a bcrypt hash who can then sign in", async () => {
    const result = await registerUser({ name: " Ada Lovelace ", email: " Ada@Example.com ", password: "analytical1" });
    expect(result).toMatchObject({ ok: true, user: { name: "Ada Lovelace", email: "ada@example.com", role: "customer" } });

    const [row] = await getDb().select().from(users).where(eq(users.email, "ada@example.com"));
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.passwordHash).not.toContain("analytical1");

    const signedIn = await authorizeCredentials({ email: "ADA@example.com", password: "analytical1" });
    expect(signedIn).toMatchObject({ email: "ada@example.com", name: "Ada Lovelace" });
  });

  it("makes the name optional", async () => {
    const result = await registerUser({ email: "noname@example.com", password: "quiet meadow lantern" });
    expect(result).toMatchObject({ ok: true, user: { name: null } });
  });

  it("answers an already-registered email without saying the account exists, and creates nothing", async () => {
    await registerUser({ email: "grace@example.com", password: "compiler river stone" });
    const again = await registerUser({ email: "Grace@Example.com", password: "different harbor kite" });
    expect(again).toEqual({ ok: false, message: REGISTRATION_NOT_POSSIBLE });
    expect(JSON.stringify(again)).not.toMatch(/exists|already|taken/i);
    expect(await getDb().select().from(users).where(eq(users.email, "grace@example.com"))).toHaveLength(1);
  });

  it("treats registering an existing email with its own password as signing in, the same answer as a new account", async () => {
    const first = await registerUser({ email: "again@example.com", password: "compiler river stone" });
    const again = await registerUser({ email: "again@example.com", password: "compiler river stone" });
    expect(first.ok && again.ok && again.user.id === first.user.id).toBe(true);
  });

  it("lets only one of two simultaneous registrations of an email through", async () => {
    const results = await Promise.all([
      registerUser({ email: "race@example.com", password: "quiet meadow lantern" }),
      registerUser({ email: "race@example.com", password: "amber violin orchard" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, message: REGISTRATION_NOT_POSSIBLE });
  });

  it("limits new accounts per client address, whatever the emails", async () => {
    const address = "198.18.200.1";
    const results = [];
    for (let i = 0; i < registrationWindows().address.limit + 2; i++) {
      results.push(await registerUser({ email: `mint-${i}-${Date.now()}@example.com`, password: "quiet meadow lantern" }, { address }));
    }
    expect(results.filter((result) => result.ok)).toHaveLength(registrationWindows().address.limit);
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/Too many new accounts .* try again in \d+ minutes?/), notice: { key: "tooManyAccounts" } });
    // Another address is not held up by this one.
    expect(await registerUser({ email: `other-${Date.now()}@example.com`, password: "quiet meadow lantern" }, { address: "198.18.200.2" })).toMatchObject({ ok: true });
  });

  it("limits new accounts per network: rotating addresses inside one IPv6 /64 does not help", async () => {
    const results = [];
    for (let i = 0; i < registrationWindows().network.limit + 2; i++) {
      results.push(await registerUser({ email: `v6-${i}-${Date.now()}@example.com`, password: "quiet meadow lantern" }, { address: `2001:db8:77:1:${(i + 1).toString(16)}::1` }));
    }
    expect(results.filter((result) => result.ok)).toHaveLength(registrationWindows().network.limit);
  });

  it("does not count a form it rejects against the address", async () => {
    const address = "198.18.200.3";
    for (let i = 0; i < 10; i++) await registerUser({ email: "not-an-email", password: "x" }, { address });
    expect(await registerUser({ email: `valid-${Date.now()}@example.com`, password: "quiet meadow lantern" }, { address })).toMatchObject({ ok: true });
  });

  it.each([
    ["short", "abc1", "Use at least 8 characters"],
    ["a common word dressed up with a digit", "Passw0rd", WEAK_PASSWORD_MESSAGE],
    ["a common password", "password123", WEAK_PASSWORD_MESSAGE],
    ["digits only", "12345678", WEAK_PASSWORD_MESSAGE],
    ["a keyboard walk", "qwertyuiop", WEAK_PASSWORD_MESSAGE],
  ])("refuses a weak password (%s) with a field error", async (_, password, message) => {
    const result = await registerUser({ email: `weak-${password}@example.com`, password });
    expect(result).toEqual({ ok: false, fieldErrors: { password: [message] } });
  });

  it.each([
    ["Cyrillic words", "зелёная корзина пирог"],
    ["German words", "Grüne Körbe tanzen leise"],
    ["words without a digit or capital", "lantern otter pebble"],
  ])("accepts a strong passphrase in any script (%s)", async (_, password) => {
    const result = await registerUser({ email: `strong-${Math.random().toString(36).slice(2, 8)}@example.com`, password });
    expect(result).toMatchObject({ ok: true });
  });

  it("asks for a valid email and a password when they are missing", async () => {
    const result = await registerUser({ email: "not-an-email", password: "" });
    if (result.ok || !("fieldErrors" in result)) throw new Error("expected field errors");
    expect(result.fieldErrors.email).toEqual(["Enter a valid email address"]);
    expect(result.fieldErrors.password?.[0]).toBe("Use at least 8 characters");
    expect(await registerUser({})).toMatchObject({ ok: false, fieldErrors: { email: ["Enter your email"], password: ["Choose a password"] } });
  });

  it("gives ADMIN_EMAILS users the admin role", async () => {
    process.env.ADMIN_EMAILS = "ops@example.com";
    resetEnvCache();
    const result = await registerUser({ email: "OPS@example.com", password: "operator console blue" });
    expect(result).toMatchObject({ ok: true, user: { role: "admin" } });
  });
});
