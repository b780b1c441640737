import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, isProtectedPath } from "@/lib/auth/config";
import { HOME_EDITION, HOME_PREFIX, shopBrowseRewrite } from "@/lib/catalog/shop-url";
import { isWellFormedPath } from "@/lib/http/path";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, isDeviceId } from "@/lib/device/cookie";
import { contentSecurityPolicy, policyOptionsFromEnv } from "@/lib/security/headers";
import { refuseMalformedActionRequest } from "@/lib/security/server-action-request";

// Runs on the edge: only the edge-safe auth config is imported here, never the database.
const { auth } = NextAuth(authConfig);

// Only account and admin pages need the session here (to send signed-out visitors to /login);
// every other page reads it where it is used. Auth.js's wrapper also issues its CSRF and
// callback-url cookies, so running it on public pages would cost every first visit two cookies and
// the work of making them, and make shop pages differ per visitor.
// Auth.js types the wrapper as a route handler; as middleware it is called with the fetch event.
const withSession = auth((request) => withPolicy(route(request, Boolean(request.auth?.user)))) as unknown as (
  request: NextRequest,
  event: NextFetchEvent,
) => Promise<Response>;

export default async function middleware(request: NextRequest, event: NextFetchEvent) {
  // Next answers these with a 500 (a foreign origin, an action id or body it cannot decode).
  const refused = await refuseMalformedActionRequest(request);
  if (refused) return refused;
  if (isWellFormedPath(request.nextUrl.pathname) && isProtectedPath(request.nextUrl.pathname)) return withSession(request, event);
  return withPolicy(route(request, false));
}

// The CSP is decided here, per request, because next.config's headers are fixed at build time and
// whether real Stripe is configured is only known where the server runs.
function withPolicy(response: NextResponse) {
  response.headers.set("Content-Security-Policy", contentSecurityPolicy(policyOptionsFromEnv(process.env)));
  return response;
}

function route(request: NextRequest, signedIn: boolean) {
  const { pathname, search } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return new NextResponse("Bad request: this address has a malformed %-escape.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (isProtectedPath(pathname) && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  // `/` and every /shop view (searches too) are served from cached routes; the address bar keeps
  // the address that was asked for. Redirects and rewrites are built on request.url, the address the
  // server was reached at (next.config.ts's skipProxyUrlNormalize keeps it as it is): on a server
  // bound to 127.0.0.1, request.nextUrl says "localhost", and Next would proxy a rewrite to that
  // other origin back to itself instead of serving it in place.
  const browse = pathname === "/" ? `${HOME_PREFIX}${HOME_EDITION}` : shopBrowseRewrite(request.nextUrl);
  const pass = (init?: Parameters<typeof NextResponse.next>[0]) =>
    browse ? NextResponse.rewrite(new URL(`${browse}${search}`, request.url), init) : NextResponse.next(init);

  const existing = request.cookies.get(DEVICE_COOKIE)?.value;
  if (isDeviceId(existing)) return pass();

  // A first visit: the page rendering this very request must see the id too.
  const deviceId = crypto.randomUUID();
  const headers = new Headers(request.headers);
  request.cookies.set(DEVICE_COOKIE, deviceId);
  headers.set("cookie", request.cookies.toString());
  const response = pass({ request: { headers } });
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
