import { createHash } from "node:crypto";
import { requestClientAddress } from "@/lib/security/client-address";

/** Who is asking, as far as the free-use quota can tell. */
export type Requester = {
  userId?: string | null;
  /** The `be_device` cookie, when the browser sent one. */
  deviceId?: string | null;
  ip: string;
  userAgent: string;
};

/** The network half of the fingerprint: survives clearing cookies, shared by nobody else on that IP and browser. */
export function networkHash(ip: string, userAgent: string): string {
  return createHash("sha256").update(`${ip}|${userAgent}`).digest("hex").slice(0, 32);
}

/**
 * Every counter one request is charged against. A request is refused when any of them is spent,
 * so a new device id (cleared cookies) on the same IP and browser still meets the spent network
 * counter, and a signed-in user carries their count from device to device.
 */
export function quotaSubjects(requester: Requester): string[] {
  const subjects = [`fp:net:${networkHash(requester.ip, requester.userAgent)}`];
  if (requester.deviceId) subjects.unshift(`fp:device:${requester.deviceId}`);
  if (requester.userId) subjects.push(`user:${requester.userId}`);
  return subjects;
}

/** The client address under TRUST_PROXY_HOPS (lib/security/client-address.ts decides it for every rule). */
export function clientIp(headers: Headers): string {
  return requestClientAddress(headers);
}
