import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { resetEnvCache } from "@/lib/config/env";
import { stripeSandbox } from "@/lib/payments/sandbox";

// Every test file gets its own real libSQL database in a temp directory, migrated from the
// committed migrations, so files can run in parallel and never see each other's rows.
const dir = mkdtempSync(join(tmpdir(), "beyond-earth-test-"));
process.env.DATABASE_URL = `file:${join(dir, "test.db")}`;
process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
delete process.env.STRIPE_SECRET_KEY;
delete process.env.OPENAI_API_KEY;
resetEnvCache();
// No server listens in these tests: sandbox events wait until a test delivers them
// (`routeWebhooksToHandler()` + `deliverWebhooks()` in tests/support/stripe.ts).
stripeSandbox().webhooks.configure({ automatic: false });

beforeAll(async () => {
  await runMigrations();
});

afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});
