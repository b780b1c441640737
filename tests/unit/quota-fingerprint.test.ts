import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/security/client-address";
import { clientIp, hintSubject, networkHash, quotaSubjects } from "@/lib/quota/fingerprint";

describe("the quota fingerprint", () => {
  it("charges the device, its browser fingerprint and the account, not everyone on the address with that browser", () => {
    const hint = "0123456789abcdef0123456789abcdef";
    const subjects = quotaSubjects({ userId: "user-1", deviceId: "device-1", deviceHint: hint, ip: "198.51.100.4", userAgent: "Firefox" });
    expect(subjects).toEqual(["fp:device:device-1", hintSubject(hint, "198.51.100.4", "Firefox"), "user:user-1"]);
    // A malformed hint is ignored rather than trusted.
    expect(quotaSubjects({ deviceId: "device-1", deviceHint: "<script>", ip: "198.51.100.4", userAgent: "Firefox" })).toEqual(["fp:device:device-1"]);
  });

  it("scopes a browser fingerprint to its network and browser: identical machines elsewhere are not one device", () => {
    const hint = "0123456789abcdef0123456789abcdef";
    expect(hintSubject(hint, "198.51.100.4", "Firefox")).toBe(hintSubject(hint, "198.51.100.4", "Firefox"));
    expect(hintSubject(hint, "198.51.100.4", "Firefox")).not.toBe(hintSubject(hint, "203.0.113.9", "Firefox"));
    expect(hintSubject(hint, "198.51.100.4", "Firefox")).not.toBe(hintSubject(hint, "198.51.100.4", "Chrome"));
    // One IPv6 /64 is one network.
    expect(hintSubject(hint, "2001:db8:1:2::10", "Firefox")).toBe(hintSubject(hint, "2001:db8:1:2::99", "Firefox"));
    expect(hintSubject(hint, "198.51.100.4", "Firefox")).not.toContain(hint);
  });

  it("still counts a request without a device cookie, by its network hash", () => {
    expect(quotaSubjects({ deviceId: null, ip: "198.51.100.4", userAgent: "curl/8.0" })).toEqual([`fp:net:${networkHash("198.51.100.4", "curl/8.0")}`]);
  });

  it("gives a cleared-cookie browser the same network hash, and another browser a different one", () => {
    expect(networkHash("198.51.100.4", "Firefox")).toBe(networkHash("198.51.100.4", "Firefox"));
    expect(networkHash("198.51.100.4", "Firefox")).not.toBe(networkHash("198.51.100.4", "Chrome"));
    expect(networkHash("198.51.100.4", "Firefox")).not.toBe(networkHash("198.51.100.5", "Firefox"));
  });

  it("uses the socket's address and ignores a client's X-Forwarded-For by default (TRUST_PROXY_HOPS=0)", () => {
    expect(clientIp(new Headers({ [SOCKET_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ [SOCKET_ADDRESS_HEADER]: "::ffff:198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("takes the Nth address from the right of X-Forwarded-For behind N trusted proxies", () => {
    const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 203.0.113.9, 10.0.0.1" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("203.0.113.9");
    // A client prepending addresses cannot choose its own: only entries the proxies wrote count.
    expect(clientAddress(new Headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    // Fewer entries than proxies: the request did not come through them all; the socket decides.
    expect(clientAddress(new Headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.9" }), 2)).toBe("10.0.0.2");
    expect(clientAddress(new Headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "not-an-ip" }), 1)).toBe("10.0.0.2");
  });
});
