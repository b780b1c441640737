import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Builds the app, prepares a fresh database and serves the production build for Playwright.
// E2E_PORT and NEXT_DIST_DIR let several runs share the machine.
const port = process.env.E2E_PORT ?? "3100";
const dataDir = process.env.E2E_DATA_DIR ?? join(tmpdir(), `beyond-earth-e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: `file:${join(dataDir, "e2e.db")}`,
  AUTH_SECRET: "e2e-secret-0123456789-abcdefghijklmnop",
  APP_URL: `http://127.0.0.1:${port}`,
  ADMIN_EMAILS: "admin@beyond-earth.test",
  STRIPE_SECRET_KEY: "",
  OPENAI_API_KEY: "",
};

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);
run("npx", ["tsx", "scripts/seed.ts"]);
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
