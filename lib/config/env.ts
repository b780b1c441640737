import { z } from "zod";

/**
 * The environment, validated once. Every variable is documented in `.env.example`.
 * A bad value stops the start with one line naming the variable, never a stack trace.
 */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/|:memory:)/, "must be a libSQL URL (file:, libsql://, https://)")
    .default("file:./data/app.db"),
  DATABASE_AUTH_TOKEN: optional(z.string()),
  AUTH_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
  APP_URL: z.url({ message: "must be an absolute URL such as http://localhost:3000" }).default("http://localhost:3000"),
  STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, "must look like sk_test_… or sk_live_…")),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: optional(z.string().regex(/^pk_(test|live)_[A-Za-z0-9]+$/, "must look like pk_test_… or pk_live_…")),
  STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_[A-Za-z0-9_]+$/, "must look like whsec_…")),
  OPENAI_API_KEY: optional(z.string().min(1)),
  OPENAI_BASE_URL: optional(z.url({ message: "must be an absolute URL" })),
  OPENAI_MODEL: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).default("gpt-4o-mini")),
  ASSISTANT_FIRST_TOKEN_TIMEOUT_MS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(100).max(600_000).default(20_000)),
  ASSISTANT_TIMEOUT_MS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(100).max(600_000).default(90_000)),
  FREE_ASSISTANT_USES: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("must be a whole number").min(0).max(1000).default(3)),
  FREE_DEVICES_PER_NETWORK: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("must be a whole number").min(0).max(100_000).default(3)),
  ADMIN_EMAILS: optional(z.string()),
  REGISTRATIONS_PER_ADDRESS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("must be a whole number").min(1).max(100_000).default(3)),
  REGISTRATIONS_PER_NETWORK: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("must be a whole number").min(1).max(100_000).default(10)),
  TRUST_PROXY_HOPS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").max(10).default(0)),
  LOG_LEVEL: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  /** How long in-flight requests and streams get to finish after SIGTERM before the server exits anyway. */
  SHUTDOWN_GRACE_MS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("must be a whole number").min(0).max(600_000).default(25_000)),
  /** Where traces and metrics go over OTLP/HTTP (lib/observability/telemetry.ts); unset, telemetry is off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url({ message: "must be an absolute URL such as http://collector:4318" })),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\/[^\s/]+/, "must be an smtp:// or smtps:// URL such as smtp://user:pass@smtp.example.com:587")),
  MAIL_FROM: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(3).default("Beyond Earth <shop@localhost>")),
  AUTH_GITHUB_ID: optional(z.string()),
  AUTH_GITHUB_SECRET: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET && source.NEXT_PHASE !== "phase-production-build") {
    throw new ConfigError("Missing environment variable AUTH_SECRET: it is required in production (generate one with `openssl rand -base64 33`)");
  }
  // Without it every real webhook would be checked against the sandbox's secret and rejected, so
  // paid orders would wait for their return page and subscriptions would never update.
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError(
      "Missing environment variable STRIPE_WEBHOOK_SECRET: it is required with STRIPE_SECRET_KEY (the Dashboard's endpoint secret, or the one `stripe listen` prints)",
    );
  }
  return env;
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) cached = parseEnv(process.env);
  return cached;
}

/** For tests that change variables between cases. */
export function resetEnvCache() {
  cached = undefined;
}

export const SANDBOX_WEBHOOK_SECRET = "whsec_sandbox_local";

export function paymentsMode(): "stripe" | "sandbox" {
  return env().STRIPE_SECRET_KEY ? "stripe" : "sandbox";
}

export function webhookSecret(): string {
  return env().STRIPE_WEBHOOK_SECRET ?? SANDBOX_WEBHOOK_SECRET;
}

export function aiMode(): "openai" | "local" {
  return env().OPENAI_API_KEY ? "openai" : "local";
}

export function adminEmails(): string[] {
  return (env().ADMIN_EMAILS ?? "")
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
}
