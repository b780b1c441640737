import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, adminEmails, aiMode, parseEnv, paymentsMode, resetEnvCache, webhookSecret } from "@/lib/config/env";

function configErrorOf(source: Record<string, string | undefined>): ConfigError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("environment validation", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });

  it("runs with nothing set: embedded database, sandbox payments, local model", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      DATABASE_URL: "file:./data/app.db",
      APP_URL: "http://localhost:3000",
      OPENAI_MODEL: "gpt-4o-mini",
      FREE_ASSISTANT_USES: 3,
    });
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it("treats empty values (as copied from .env.example) as unset", () => {
    const env = parseEnv({ STRIPE_SECRET_KEY: "", OPENAI_MODEL: "", FREE_ASSISTANT_USES: "", AUTH_SECRET: "" });
    expect(env.STRIPE_SECRET_KEY).toBeUndefined();
    expect(env.OPENAI_MODEL).toBe("gpt-4o-mini");
    expect(env.FREE_ASSISTANT_USES).toBe(3);
  });

  it("names SMTP_URL in one line when it is not an smtp:// URL, and defaults MAIL_FROM", () => {
    expect(configErrorOf({ SMTP_URL: "mail.example.com:587" }).message).toMatch(/^Invalid environment variable SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(parseEnv({ SMTP_URL: "smtps://user:pass@smtp.example.com:465" }).SMTP_URL).toBe("smtps://user:pass@smtp.example.com:465");
    expect(parseEnv({ SMTP_URL: "", MAIL_FROM: "" })).toMatchObject({ SMTP_URL: undefined, MAIL_FROM: "Beyond Earth <shop@localhost>" });
  });

  it("accepts remote libSQL URLs and real-looking Stripe keys", () => {
    const env = parseEnv({
      DATABASE_URL: "libsql://shop-acme.turso.io",
      STRIPE_SECRET_KEY: "sk_test_51Abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc123",
      FREE_ASSISTANT_USES: "5",
    });
    expect(env.DATABASE_URL).toBe("libsql://shop-acme.turso.io");
    expect(env.FREE_ASSISTANT_USES).toBe(5);
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "postgres://localhost/shop" }],
    ["STRIPE_SECRET_KEY", { STRIPE_SECRET_KEY: "bad" }],
    ["STRIPE_SECRET_KEY", { STRIPE_SECRET_KEY: "pk_test_123" }],
    ["NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", { NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "sk_test_123" }],
    ["STRIPE_WEBHOOK_SECRET", { STRIPE_WEBHOOK_SECRET: "secret" }],
    ["APP_URL", { APP_URL: "not a url" }],
    ["FREE_ASSISTANT_USES", { FREE_ASSISTANT_USES: "three" }],
    ["AUTH_SECRET", { AUTH_SECRET: "short" }],
  ])("refuses a bad %s with one line naming it", (name, source) => {
    const error = configErrorOf(source);
    expect(error.message).toMatch(new RegExp(`^Invalid environment variable ${name}: `));
    expect(error.message).not.toContain("\n");
  });

  it("requires AUTH_SECRET for a production start, but not for the build", () => {
    expect(configErrorOf({ NODE_ENV: "production" }).message).toMatch(/^Missing environment variable AUTH_SECRET: /);
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "a-production-secret-of-some-length" })).not.toThrow();
  });

  it("requires the webhook secret with a real Stripe key, in development too (the sandbox's secret would reject every real event)", () => {
    const production = configErrorOf({ NODE_ENV: "production", AUTH_SECRET: "a-production-secret-of-some-length", STRIPE_SECRET_KEY: "sk_live_abc" });
    expect(production.message).toMatch(/^Missing environment variable STRIPE_WEBHOOK_SECRET: /);
    const development = configErrorOf({ NODE_ENV: "development", STRIPE_SECRET_KEY: "sk_test_abc" });
    expect(development.message).toMatch(/^Missing environment variable STRIPE_WEBHOOK_SECRET: /);
    expect(development.message).not.toContain("\n");
    expect(() => parseEnv({ NODE_ENV: "development", STRIPE_SECRET_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc" })).not.toThrow();
  });

  it("derives the modes and admin list from process.env", () => {
    process.env.STRIPE_SECRET_KEY = "";
    process.env.OPENAI_API_KEY = "";
    process.env.ADMIN_EMAILS = " Ops@Example.com, ,second@example.com ";
    delete process.env.STRIPE_WEBHOOK_SECRET;
    resetEnvCache();
    expect(paymentsMode()).toBe("sandbox");
    expect(aiMode()).toBe("local");
    expect(webhookSecret()).toBe("whsec_sandbox_local");
    expect(adminEmails()).toEqual(["ops@example.com", "second@example.com"]);

    process.env.STRIPE_SECRET_KEY = "sk_test_abc";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_abc";
    process.env.OPENAI_API_KEY = "sk-openai";
    resetEnvCache();
    expect(paymentsMode()).toBe("stripe");
    expect(aiMode()).toBe("openai");
  });
});
