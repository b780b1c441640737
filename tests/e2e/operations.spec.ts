import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { e2eDataDir, mainPort } from "./support/extra-server";
import { e2eServerEnv } from "./support/server-env";

// How a standalone server refuses a database it cannot serve.
const refusePort = mainPort + 2;

test("a server given a database its migrations have not reached exits 1 with one line saying to migrate", async () => {
  const dir = join(e2eDataDir(), "unmigrated");
  rmSync(dir, { recursive: true, force: true });
  const env = { ...e2eServerEnv(refusePort, dir), PORT: String(refusePort), HOSTNAME: "127.0.0.1" };
  const child = spawn(process.execPath, ["scripts/start-standalone.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, "exit");
  expect(code, output).toBe(1);
  const line = output.split("\n").find((text) => text.includes("behind this release"));
  expect(line, output).toBeDefined();
  expect(JSON.parse(line!)).toMatchObject({ level: 60, msg: expect.stringMatching(/^The database is behind this release: \d+ migration\(s\) not applied \(0000_init, .*\); run `npm run db:migrate` before starting the server\.$/) });
  rmSync(dir, { recursive: true, force: true });
});
