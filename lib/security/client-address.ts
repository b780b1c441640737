import { isIP } from "node:net";
import { env } from "@/lib/config/env";

/**
 * The header carrying the TCP peer's address into route handlers, actions and middleware. Next.js
 * keeps a client-sent `X-Forwarded-For` as it is (it fills the header from the socket only when
 * absent), so the socket's address cannot be read from it; `recordSocketAddresses` overwrites this
 * header on every request the server accepts, whatever the client sent.
 */
export const SOCKET_ADDRESS_HEADER = "x-beyond-earth-peer";

/**
 * The one decision of who the client is, for every per-address rule (free uses, sign-in, registration).
 * `trustProxyHops` 0: the socket's address. N: the Nth address from the right of `X-Forwarded-For`,
 * which is the one written by the outermost of the operator's N proxies; anything left of it was
 * sent by the client and is never trusted. A request with fewer entries did not pass through every
 * proxy, so its socket address is used.
 */
export function clientAddress(headers: Headers, trustProxyHops: number): string {
  const socket = normaliseAddress(headers.get(SOCKET_ADDRESS_HEADER) ?? "") || "unknown";
  if (trustProxyHops <= 0) return socket;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length < trustProxyHops) return socket;
  return normaliseAddress(chain[chain.length - trustProxyHops]) || socket;
}

/** An address as one spelling: IPv4-mapped IPv6 becomes IPv4, IPv6 is lower-cased, junk becomes "". */
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  if (isIP(address) === 0) return "";
  return address.toLowerCase();
}

/**
 * The network an address belongs to for per-network bounds: an IPv4 address itself, an IPv6
 * address's /64 (one household or office is handed a whole /64, so rotating within it is free).
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) takes two groups.
  const last = right.length ? right : left;
  if (last.length && last[last.length - 1].includes(".")) {
    const [a, b, c, d] = last.pop()!.split(".").map(Number);
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => parseInt(group || "0", 16).toString(16));
}

/** The client address of a request under this server's `TRUST_PROXY_HOPS`. */
export function requestClientAddress(headers: Headers): string {
  return clientAddress(headers, env().TRUST_PROXY_HOPS);
}
