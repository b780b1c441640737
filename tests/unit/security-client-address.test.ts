import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER, clientAddress, networkOf, normaliseAddress } from "@/lib/security/client-address";

const request = (socket: string, forwardedFor?: string) =>
  new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("the client address", () => {
  it("is the socket's address by default, whatever X-Forwarded-For the client made up", () => {
    expect(clientAddress(request("198.51.100.7", "203.0.113.1"), 0)).toBe("198.51.100.7");
    expect(clientAddress(request("198.51.100.7", "203.0.113.1, 203.0.113.2"), 0)).toBe("198.51.100.7");
  });

  it("is the Nth address from the right behind N trusted proxies", () => {
    // The client sent "6.6.6.6"; the operator's one proxy appended the address it saw.
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddress(request("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("falls back to the socket when the request did not pass through every proxy", () => {
    expect(clientAddress(request("198.51.100.9"), 1)).toBe("198.51.100.9");
    expect(clientAddress(request("198.51.100.9", "198.51.100.7"), 2)).toBe("198.51.100.9");
    expect(clientAddress(request("198.51.100.9", "not-an-address"), 1)).toBe("198.51.100.9");
  });

  it("spells one address one way, and is unknown without a socket", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("evil")).toBe("");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.1" }), 0)).toBe("unknown");
  });

  it("groups IPv6 by its /64 and keeps IPv4 as it is", () => {
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe(networkOf("2001:db8:1:2:ffff:1:2:3"));
    expect(networkOf("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:db8:1:3::1")).not.toBe(networkOf("2001:db8:1:2::1"));
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("198.51.100.7")).toBe("198.51.100.7");
  });
});
