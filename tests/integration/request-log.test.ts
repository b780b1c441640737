import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logger, logTo, requestContext } from "@/lib/observability/logger";
import { logRequests } from "@/lib/observability/request-log";

// The hook the standalone server and `next start` rely on, on a real HTTP server.
const lines: Record<string, unknown>[] = [];
logTo(new Writable({ write: (chunk: Buffer, _, done) => (lines.push(JSON.parse(chunk.toString())), done()) }));

const server = createServer((req, res) => {
  // A line the app logs while serving a request, with a secret and an email in it.
  logger().warn({ customer: "jane.doe@example.com" }, `Stripe refused sk_test_abc123 for ${req.url}`);
  res.statusCode = req.url?.startsWith("/missing") ? 404 : 200;
  res.end(String(req.headers["x-request-id"]));
});

beforeAll(async () => {
  logRequests();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ header: string; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ header: String(res.headers["x-request-id"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

describe("request logging", () => {
  it("keeps the caller's X-Request-Id, echoes it, and puts it on every line of the request", async () => {
    const { header, body } = await get("/missing?email=jane.doe@example.com", { "X-Request-Id": "lb-7f3a.42" });
    expect(header).toBe("lb-7f3a.42");
    expect(body).toBe("lb-7f3a.42");
    await expect.poll(() => linesOf("lb-7f3a.42").length).toBe(2);
    const [appLine, requestLine] = linesOf("lb-7f3a.42");
    expect(appLine).toMatchObject({ level: 40, customer: "j***@example.com", msg: "Stripe refused sk_test_[redacted] for /missing?email=j***@example.com" });
    expect(requestLine).toMatchObject({ msg: "request", method: "GET", route: "/missing", status: 404 });
    expect(typeof requestLine.durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toMatch(/jane\.doe|sk_test_abc123/);
  });

  it("generates an id when the caller sends none or one that is not a plain token", async () => {
    const none = await get("/");
    expect(none.header).toMatch(/^[0-9a-f-]{36}$/);
    const injected = await get("/", { "X-Request-Id": 'x" level=60 fake' });
    expect(injected.header).toMatch(/^[0-9a-f-]{36}$/);
    expect(injected.header).not.toBe(none.header);
    await expect.poll(() => linesOf(injected.header).find((line) => line.msg === "request")).toMatchObject({ route: "/", status: 200 });
  });
});

describe("request ids across bundled copies of the logger", () => {
  it("a line logged through another copy of the logger module (another server chunk) carries the request's id", async () => {
    // The production build gives instrumentation (where the request hook runs) and each route its own copy of logger.ts.
    vi.resetModules();
    const copy = await import("@/lib/observability/logger");
    expect(copy.logger).not.toBe(logger);
    const copyLines: Record<string, unknown>[] = [];
    copy.logTo(new Writable({ write: (chunk: Buffer, _, done) => (copyLines.push(JSON.parse(chunk.toString())), done()) }));
    await requestContext.run({ requestId: "chunk-check-1" }, async () => {
      await Promise.resolve();
      copy.logger().warn("logged by a route handler");
    });
    expect(copyLines).toEqual([expect.objectContaining({ requestId: "chunk-check-1", msg: "logged by a route handler" })]);
  });
});
