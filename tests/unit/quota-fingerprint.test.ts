import { describe, expect, it } from "vitest";
import { clientIp, networkHash, quotaSubjects } from "@/lib/quota/fingerprint";

describe("the quota fingerprint", () => {
  it("charges the device, the network (IP + browser) and the account", () => {
    const subjects = quotaSubjects({ userId: "user-1", deviceId: "device-1", ip: "198.51.100.4", userAgent: "Firefox" });
    expect(subjects).toEqual(["fp:device:device-1", `fp:net:${networkHash("198.51.100.4", "Firefox")}`, "user:user-1"]);
  });

  it("still counts a request without a device cookie, by its network hash", () => {
    expect(quotaSubjects({ deviceId: null, ip: "198.51.100.4", userAgent: "curl/8.0" })).toEqual([`fp:net:${networkHash("198.51.100.4", "curl/8.0")}`]);
  });

  it("gives a cleared-cookie browser the same network hash, and another browser a different one", () => {
    expect(networkHash("198.51.100.4", "Firefox")).toBe(networkHash("198.51.100.4", "Firefox"));
    expect(networkHash("198.51.100.4", "Firefox")).not.toBe(networkHash("198.51.100.4", "Chrome"));
    expect(networkHash("198.51.100.4", "Firefox")).not.toBe(networkHash("198.51.100.5", "Firefox"));
  });

  it("reads the client address from the proxy headers", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.10" }))).toBe("203.0.113.10");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
