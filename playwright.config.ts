import { defineConfig, devices } from "@playwright/test";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The end-to-end tests drive Debian's Chromium against the production build (`next build`
// then its standalone server.js) on a fresh database seeded with the demo catalogue.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Specs that arrange data (a subscription, a low stock level) open the server's database directly.
const dataDir = join(tmpdir(), `beyond-earth-e2e-${port}`);
process.env.E2E_DATABASE_URL = `file:${join(dataDir, "e2e.db")}`;
// The shoppers' mailbox: the e2e server sends every email to an SMTP server that files it here.
process.env.E2E_MAILBOX_DIR = join(dataDir, "mailbox");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "tsx tests/e2e/server.ts",
    url: `${baseURL}/api/health`,
    // Includes `next build`, which takes minutes on a busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // One JSON line per request would bury the test report: the shared server logs warnings and errors only.
    env: { E2E_PORT: String(port), E2E_DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
  },
});
