import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSmtpServer } from "../support/smtp-server";
import { e2eServerEnv } from "./support/server-env";

// Builds the app, prepares a fresh database and serves the standalone build for Playwright, the
// way operators run it (`npm run start:standalone`).
// E2E_PORT and NEXT_DIST_DIR let several runs share the machine.
const port = process.env.E2E_PORT ?? "3100";
const dataDir = process.env.E2E_DATA_DIR ?? join(tmpdir(), `beyond-earth-e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = e2eServerEnv(port, dataDir);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.env.E2E_SKIP_BUILD) run("npx", ["next", "build"]);
run("npx", ["tsx", "scripts/seed.ts"]);
// Next keeps cached catalogue reads on disk in the build directory, and a build keeps them: a
// previous run's stock must not be served (even once, while refreshing) over this fresh database.
// The standalone server keeps its own cache inside the standalone folder.
const distDir = process.env.NEXT_DIST_DIR || ".next";
for (const cacheDir of [join(distDir, "cache"), join(distDir, "standalone", distDir, "cache")]) {
  rmSync(join(cacheDir, "fetch-cache"), { recursive: true, force: true });
}

// The shoppers' mailbox: the server sends its outbox through SMTP, as in production, to a mail
// server here that files each message as JSON in <dataDir>/mailbox (tests/e2e/support/outbox.ts reads it).
const mailbox = join(dataDir, "mailbox");
mkdirSync(mailbox, { recursive: true });
let filed = 0;
startSmtpServer({
  onMail: (mail) => {
    filed += 1;
    const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(", ") : (mail.to?.text ?? "");
    writeFileSync(join(mailbox, `${String(filed).padStart(6, "0")}.json`), JSON.stringify({ to, subject: mail.subject ?? "", text: mail.text ?? "", html: mail.html || "" }));
  },
}).then((smtp) => {
  const server = spawn(process.execPath, ["scripts/start-standalone.mjs"], {
    env: { ...env, PORT: port, HOSTNAME: "127.0.0.1", SMTP_URL: smtp.url },
    stdio: "inherit",
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
});
