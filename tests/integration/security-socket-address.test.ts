import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/client-address";
import { recordSocketAddresses } from "@/lib/security/socket-address";

// The hook `next start` relies on, on a real HTTP server: the header always says who is connected.
const server = createServer((req, res) => res.end(String(req.headers[SOCKET_ADDRESS_HEADER])));

beforeAll(async () => {
  recordSocketAddresses();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>) {
  const { port } = server.address() as AddressInfo;
  return new Promise<string>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the socket address header", () => {
  it("carries the peer's address, replacing one the client sent", async () => {
    expect(await get({})).toBe("127.0.0.1");
    expect(await get({ [SOCKET_ADDRESS_HEADER]: "203.0.113.1", "x-forwarded-for": "203.0.113.2" })).toBe("127.0.0.1");
  });
});
