import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { e2eDataDir, mainPort, startExtraServer } from "./support/extra-server";
import { E2E_AUTH_SECRET, e2eServerEnv } from "./support/server-env";

// What an operator sees of a standalone server: its log lines and how it refuses to start.
const logPort = mainPort + 1;
const refusePort = mainPort + 2;

test("a request's log lines are JSON with its request id and no secret, card number or email address", async () => {
  const server = await startExtraServer(logPort, { LOG_LEVEL: "info" });
  try {
    // A signed body that is no event, carrying what must never be logged: the route logs why it was ignored.
    const body = JSON.stringify({ id: "evt_x", key: "sk_test_leak123", card: "4242 4242 4242 4242", email: "jane.doe@example.com" });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = createHmac("sha256", "whsec_sandbox_local").update(`${timestamp}.${body}`).digest("hex");
    const response = await fetch(`${server.url}/api/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "ops-log-check-1", "stripe-signature": `t=${timestamp},v1=${signature}` },
      body,
    });
    expect(response.headers.get("x-request-id")).toBe("ops-log-check-1");
    await expect.poll(() => server.output().split("\n").filter((line) => line.includes("ops-log-check-1")).length, { message: server.output() }).toBeGreaterThanOrEqual(2);
    const lines = server.output().split("\n").filter((line) => line.includes("ops-log-check-1"));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of parsed) expect(line.requestId).toBe("ops-log-check-1");
    expect(parsed.map((line) => line.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/^Stripe webhook ignored/), "request"]));
    expect(parsed.find((line) => line.msg === "request")).toMatchObject({ method: "POST", route: "/api/webhooks/stripe", status: 200 });
    // Nothing the server printed, for this request or any other, carries a secret or an address.
    const everything = server.output();
    for (const secret of [E2E_AUTH_SECRET, "sk_test_leak123", "4242 4242 4242 4242", "jane.doe@example.com", "whsec_sandbox_local"]) expect(everything).not.toContain(secret);
  } finally {
    await server.stop();
  }
});

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
