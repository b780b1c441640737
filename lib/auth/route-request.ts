import { NextRequest } from "next/server";
import { authRedirect } from "./callback-url";

const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/**
 * Auth.js refuses a request whose `callbackUrl` query parameter or callback-url cookie is not an
 * http(s) URL as a configuration error, a 500. Its routes get the request with both made into a
 * URL on this site (the same rule as its `redirect` callback), so any value is answered normally.
 */
export function withSafeCallbackUrl(request: NextRequest): NextRequest {
  const origin = process.env.AUTH_URL ? new URL(process.env.AUTH_URL).origin : request.nextUrl.origin;
  const safe = (value: string) => authRedirect({ url: value, baseUrl: origin });
  const url = new URL(request.url);
  const param = url.searchParams.get("callbackUrl");
  const cookies = CALLBACK_COOKIES.filter((name) => request.cookies.has(name));
  if (param === null && cookies.length === 0) return request;
  if (param !== null) url.searchParams.set("callbackUrl", safe(param));
  const headers = new Headers(request.headers);
  if (cookies.length > 0) {
    const jar = request.cookies;
    for (const name of cookies) jar.set(name, safe(jar.get(name)?.value ?? ""));
    headers.set("cookie", jar.toString());
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const init = { method: request.method, headers, ...(hasBody ? { body: request.body, duplex: "half" } : {}) };
  return new NextRequest(url, init as unknown as ConstructorParameters<typeof NextRequest>[1]);
}
