import { createHash } from "node:crypto";
import { networkOf, requestClientAddress } from "@/lib/security/client-address";

/** Who is asking, as far as the free-use quota can tell. */
export type Requester = {
  userId?: string | null;
  /** The `be_device` cookie, when the browser sent one. */
  deviceId?: string | null;
  /**
   * The browser's own fingerprint (FingerprintJS's visitor id), when it sent one: a hint, never
   * proof, so it only ever adds a counter to charge; the network bound caps whatever is forged.
   */
  deviceHint?: string | null;
  ip: string;
  userAgent: string;
};

/** A FingerprintJS visitor id: 32 hex characters (anything else is ignored). */
export function isDeviceHint(value: unknown): value is string {
  return typeof value === "string" && /^[a-f0-9]{16,64}$/.test(value);
}

/** The 32-hex-character digest the quota stores instead of addresses and fingerprints. */
function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** The address-and-browser hash that stands for a client sending no cookie and no hint (curl). */
export function networkHash(ip: string, userAgent: string): string {
  return shortHash(`${ip}|${userAgent}`);
}

/**
 * The counter of a browser fingerprint, scoped to its network and user agent: identical machines
 * (one school image, one phone model) on other networks are other devices, and the stored subject
 * does not carry the fingerprint itself.
 */
export function hintSubject(hint: string, ip: string, userAgent: string): string {
  return `fp:hint:${shortHash(`${networkOf(ip)}|${userAgent}|${hint}`)}`;
}

/**
 * The device's own counters: its cookie and its browser fingerprint, or for a client that sends
 * neither, its address and user agent. A cleared cookie in the same browser still meets the spent
 * fingerprint counter.
 */
export function deviceSubjects(requester: Requester): string[] {
  const subjects: string[] = [];
  if (requester.deviceId) subjects.push(`fp:device:${requester.deviceId}`);
  if (isDeviceHint(requester.deviceHint)) subjects.push(hintSubject(requester.deviceHint, requester.ip, requester.userAgent));
  if (subjects.length === 0) subjects.push(`fp:net:${networkHash(requester.ip, requester.userAgent)}`);
  return subjects;
}

/**
 * Every counter one request is charged against. A request is refused when any of them is spent,
 * and a signed-in user carries their count from device to device.
 */
export function quotaSubjects(requester: Requester): string[] {
  const subjects = deviceSubjects(requester);
  if (requester.userId) subjects.push(`user:${requester.userId}`);
  return subjects;
}

/** The network the per-network device bound counts: the address, or an IPv6 address's /64. */
export function requesterNetwork(requester: Requester): string {
  return networkOf(requester.ip);
}

/** The client address under TRUST_PROXY_HOPS (lib/security/client-address.ts decides it for every rule). */
export function clientIp(headers: Headers): string {
  return requestClientAddress(headers);
}
