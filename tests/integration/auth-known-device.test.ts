import { describe, expect, it } from "vitest";
import { SIGN_IN_EMAIL_WINDOW, SIGN_IN_WINDOW, TooManyAttempts, authorizeCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/registration";
import { DEVICE_COOKIE } from "@/lib/device/cookie";

// A sign-in request as the browser sends it: the socket's address (recorded by the server hook) and
// the device cookie middleware.ts gives every browser.
function attempt(email: string, password: string, { ip, device }: { ip: string; device?: string }) {
  const headers = new Headers({ "x-beyond-earth-peer": ip });
  if (device) headers.set("cookie", `${DEVICE_COOKIE}=${device}`);
  return authorizeCredentials({ email, password }, new Request("http://localhost/api/auth/callback/credentials", { headers }));
}

async function guessesFromEverywhere(email: string, count: number) {
  for (let i = 0; i < count; i++) {
    await attempt(email, `wrong guess ${i}`, { ip: `198.51.100.${i % 250}`, device: crypto.randomUUID() }).catch(() => undefined);
  }
}

describe("sign-in from a device that has signed in to the account before", () => {
  it("is not locked out by guesses from other addresses and devices, while unknown devices are", async () => {
    const email = "owner-known-device@example.com";
    const password = "quiet harbour lantern";
    await registerUser({ email, password });
    const ownersLaptop = crypto.randomUUID();
    await expect(attempt(email, password, { ip: "203.0.113.10", device: ownersLaptop })).resolves.toMatchObject({ email });

    // Someone guesses from many addresses (or one address rotating X-Forwarded-For) until the
    // account's ceiling is reached.
    await guessesFromEverywhere(email, SIGN_IN_EMAIL_WINDOW.limit + 10);
    await expect(attempt(email, password, { ip: "203.0.113.99", device: crypto.randomUUID() })).rejects.toBeInstanceOf(TooManyAttempts);

    // The owner, on the laptop they signed in with, from a new network (a café), still gets in.
    await expect(attempt(email, password, { ip: "192.0.2.44", device: ownersLaptop })).resolves.toMatchObject({ email });
  });

  it("is still slowed by its own failures: a stolen laptop gets no more guesses than anyone", async () => {
    const email = "laptop-guesses@example.com";
    const password = "silver kettle orchard";
    await registerUser({ email, password });
    const laptop = crypto.randomUUID();
    await attempt(email, password, { ip: "203.0.113.20", device: laptop });

    let refused = 0;
    for (let i = 0; i < SIGN_IN_WINDOW.limit + 3; i++) {
      const result = await attempt(email, `not it ${i}`, { ip: `192.0.2.${i + 1}`, device: laptop }).catch((error: unknown) => error);
      if (result instanceof TooManyAttempts) refused += 1;
    }
    expect(refused).toBeGreaterThanOrEqual(3);
    await expect(attempt(email, password, { ip: "192.0.2.200", device: laptop })).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("is a device of that account only: another account's device cookie does not lift the lockout", async () => {
    const victim = "victim-known-device@example.com";
    await registerUser({ email: victim, password: "brass compass meadow" });
    const attacker = "attacker-known-device@example.com";
    await registerUser({ email: attacker, password: "paper lantern river" });
    const attackersDevice = crypto.randomUUID();
    await attempt(attacker, "paper lantern river", { ip: "203.0.113.30", device: attackersDevice });

    await guessesFromEverywhere(victim, SIGN_IN_EMAIL_WINDOW.limit + 5);
    await expect(attempt(victim, "brass compass meadow", { ip: "203.0.113.30", device: attackersDevice })).rejects.toBeInstanceOf(TooManyAttempts);
  });
});
