// Serves the standalone build (`output: "standalone"`) the way operators ship it. Next leaves the
// browser assets out of `<distDir>/standalone`, and its server.js changes into that folder, so the
// files the app reads relative to the working directory are copied in first. The Dockerfile copies
// the same paths (tests/e2e/dockerfile.spec.ts checks them).
import { spawn } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = join(distDir, "standalone");
const server = join(standalone, "server.js");
if (!existsSync(server)) {
  console.error(`${server} is missing: run \`npm run build\` first (next.config.ts sets output: "standalone").`);
  process.exit(1);
}

const standaloneCopies = [
  ["public", join(standalone, "public")],
  [join(distDir, "static"), join(standalone, distDir, "static")],
  ["db/migrations", join(standalone, "db", "migrations")],
];
for (const [from, to] of standaloneCopies) cpSync(from, to, { recursive: true, force: true });

// PORT and HOSTNAME (server.js's defaults: 3000 and 0.0.0.0) pass through with the environment.
// NEXT_MANUAL_SIG_HANDLE leaves SIGTERM to the app's graceful shutdown (lib/observability/shutdown.ts).
const child = spawn(process.execPath, [server], { stdio: "inherit", env: { NEXT_MANUAL_SIG_HANDLE: "1", ...process.env } });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
