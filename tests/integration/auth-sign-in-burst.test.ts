import { describe, expect, it, vi } from "vitest";
import * as password from "@/lib/auth/password";
import { SIGN_IN_WINDOW, TooManyAttempts, authorizeCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/registration";

// Counts real password checks (each one is a guess an attacker got evaluated).
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

const fromIp = (ip: string) => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-beyond-earth-peer": ip } });

describe("sign-in under a burst of guesses", () => {
  it("evaluates no more passwords than the limit allows when 30 guesses arrive at once", async () => {
    await registerUser({ email: "burst@example.com", password: "quiet meadow lantern" });
    const checks = vi.mocked(password.verifyPassword);
    checks.mockClear();

    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => authorizeCredentials({ email: "burst@example.com", password: `guess-number-${i}` }, fromIp("10.9.9.9"))),
    );
    expect(results.every((result) => result.status === "rejected")).toBe(true);
    expect(checks.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_WINDOW.limit);
    expect(results.filter((result) => result.status === "rejected" && result.reason instanceof TooManyAttempts).length).toBeGreaterThanOrEqual(30 - SIGN_IN_WINDOW.limit);
  });

  it("checks a password for an unknown email too (no timing difference that reveals accounts)", async () => {
    const checks = vi.mocked(password.verifyPassword);
    checks.mockClear();
    await expect(authorizeCredentials({ email: "nobody-here@example.com", password: "whatever words here" }, fromIp("10.9.9.10"))).rejects.toThrow();
    expect(checks).toHaveBeenCalledTimes(1);
  });
});
