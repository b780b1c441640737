import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, dbReady } from "@/db/client";
import { resetEnvCache } from "@/lib/config/env";
import { stripeSandbox } from "@/lib/payments/sandbox";

// Every test file gets its own real libSQL database in a temp directory: a copy of the template
// that tests/support/global-setup.ts migrated once from the committed migrations, so files can run
// in parallel and never see each other's rows.
const dir = mkdtempSync(join(tmpdir(), "beyond-earth-test-"));
const file = join(dir, "test.db");
copyFileSync(inject("templateDatabase"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
delete process.env.STRIPE_SECRET_KEY;
delete process.env.OPENAI_API_KEY;
resetEnvCache();
// No server listens in these tests: sandbox events wait until a test delivers them
// (`routeWebhooksToHandler()` + `deliverWebhooks()` in tests/support/stripe.ts).
stripeSandbox().webhooks.configure({ automatic: false });

// The connection's pragmas (foreign keys on) are in place before the first test writes.
beforeAll(() => dbReady());

afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});
