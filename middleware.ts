import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, isProtectedPath } from "@/lib/auth/config";
import { HOME_EDITION, HOME_PREFIX, shopBrowseRewrite } from "@/lib/catalog/shop-url";
import { isWellFormedPath } from "@/lib/http/path";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, isDeviceId } from "@/lib/device/cookie";
import { contentSecurityPolicy, newNonce, policyOptionsFromEnv, takesNonce } from "@/lib/security/headers";
import { refuseMalformedActionRequest } from "@/lib/security/server-action-request";

// Runs on the edge: only the edge-safe auth config is imported here, never the database.
const { auth } = NextAuth(authConfig);

// Only account and admin pages need the session here (to send signed-out visitors to /login);
// every other page reads it where it is used. Auth.js's wrapper also issues its CSRF and
// callback-url cookies, so running it on public pages would cost every first visit two cookies and
// the work of making them, and make shop pages differ per visitor.
// Auth.js types the wrapper as a route handler; as middleware it is called with the fetch event.
const withSession = auth((request) => route(request, Boolean(request.auth?.user))) as unknown as (
  request: NextRequest,
  event: NextFetchEvent,
) => Promise<Response>;

export default async function middleware(request: NextRequest, event: NextFetchEvent) {
  // Next answers these with a 500 (a foreign origin, an action id or body it cannot decode).
  const refused = await refuseMalformedActionRequest(request);
  if (refused) return refused;
  if (isWellFormedPath(request.nextUrl.pathname) && isProtectedPath(request.nextUrl.pathname)) return withSession(request, event);
  return route(request, false);
}

// The CSP is decided here, per request, because next.config's headers are fixed at build time,
// whether real Stripe is configured is only known where the server runs, and the pages that take a
// password, a payment or an operator action get a fresh script nonce. Next reads that nonce from the
// request's own CSP header and puts it on the scripts it renders.
function withPolicy(response: NextResponse, policy: string) {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function route(request: NextRequest, signedIn: boolean) {
  const { pathname, search } = request.nextUrl;
  const nonce = takesNonce(pathname) ? newNonce() : undefined;
  const policy = contentSecurityPolicy({ ...policyOptionsFromEnv(process.env), nonce });
  if (!isWellFormedPath(pathname)) {
    const refusal = new NextResponse("Bad request: this address has a malformed %-escape.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    return withPolicy(refusal, policy);
  }
  if (isProtectedPath(pathname) && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withPolicy(NextResponse.redirect(login), policy);
  }

  // `/` and every /shop view (searches too) are served from cached routes; the address bar keeps
  // the address that was asked for. Redirects and rewrites are built on request.url, the address the
  // server was reached at (next.config.ts's skipProxyUrlNormalize keeps it as it is): on a server
  // bound to 127.0.0.1, request.nextUrl says "localhost", and Next would proxy a rewrite to that
  // other origin back to itself instead of serving it in place.
  const browse = pathname === "/" ? `${HOME_PREFIX}${HOME_EDITION}` : shopBrowseRewrite(request.nextUrl);
  const pass = (headers?: Headers) => {
    const init = headers ? { request: { headers } } : undefined;
    return withPolicy(browse ? NextResponse.rewrite(new URL(`${browse}${search}`, request.url), init) : NextResponse.next(init), policy);
  };
  // Only requests the page must see changed get new request headers (cached pages pass as they came).
  const headers = nonce ? new Headers(request.headers) : undefined;
  headers?.set("content-security-policy", policy);

  const existing = request.cookies.get(DEVICE_COOKIE)?.value;
  if (isDeviceId(existing)) return pass(headers);

  // A first visit: the page rendering this very request must see the id too.
  const deviceId = crypto.randomUUID();
  request.cookies.set(DEVICE_COOKIE, deviceId);
  const firstVisit = headers ?? new Headers(request.headers);
  firstVisit.set("cookie", request.cookies.toString());
  const response = pass(firstVisit);
  response.cookies.set(DEVICE_COOKIE, deviceId, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|images/|favicon.ico|api/webhooks|api/health).*)"],
};
