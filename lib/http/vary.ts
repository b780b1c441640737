import type { OutgoingHttpHeader } from "node:http";
import { interceptRequests } from "@/lib/observability/intercept-requests";

// Vary is a list: every part of the server that makes a response depend on a request header adds
// that header to it. Next.js sets its own Vary on every page (RSC, router state…), replacing the
// one middleware.ts gave a page whose language the cookie or Accept-Language chose; here both count.

/** The union of two Vary values, first one's order first, without repeats (names compared case-insensitively). */
export function mergeVary(first: OutgoingHttpHeader, second: OutgoingHttpHeader): string {
  const names = [first, second].flatMap((value) => (Array.isArray(value) ? value : [String(value)])).flatMap((value) => value.split(","));
  const seen = new Map<string, string>();
  for (const name of names.map((part) => part.trim()).filter(Boolean)) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return seen.has("*") ? "*" : [...seen.values()].join(", ");
}

/** Makes setting Vary on any response of this process add to the Vary it already has. */
export function accumulateVary() {
  interceptRequests("vary", (_server, _request, response, handOn) => {
    const setHeader = response.setHeader;
    response.setHeader = function (this: typeof response, name: string, value: number | string | readonly string[]) {
      const before = name.toLowerCase() === "vary" ? this.getHeader("vary") : undefined;
      return setHeader.call(this, name, before === undefined ? value : mergeVary(before, value as OutgoingHttpHeader));
    } as typeof response.setHeader;
    return handOn();
  });
}
