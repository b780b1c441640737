import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, isProtectedPath } from "@/lib/auth/config";
import { HOME_EDITION, HOME_PREFIX, shopBrowseRewrite } from "@/lib/catalog/shop-url";
import { isWellFormedPath } from "@/lib/http/path";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { chooseLocale } from "@/lib/i18n/negotiate";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, isDeviceId } from "@/lib/device/cookie";
import { contentSecurityPolicy, newNonce, policyOptionsFromEnv, takesNonce } from "@/lib/security/headers";
import { refuseMalformedActionRequest } from "@/lib/security/server-action-request";

// Only the edge-safe auth config is imported here, never the database: the code stays edge-safe
// (.dependency-cruiser.cjs) though it runs in the server's own Node.js process (config below).
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
  if (isWellFormedPath(request.nextUrl.pathname) && isProtectedPath(unlocalizedPath(request.nextUrl.pathname))) return withSession(request, event);
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
  const nonce = takesNonce(unlocalizedPath(pathname)) ? newNonce() : undefined;
  const policy = contentSecurityPolicy({ ...policyOptionsFromEnv(process.env), nonce });
  if (!isWellFormedPath(pathname)) {
    const refusal = new NextResponse("Bad request: this address has a malformed %-escape.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    return withPolicy(refusal, policy);
  }
  if (isProtectedPath(unlocalizedPath(pathname)) && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${unlocalizedPath(pathname)}${search}`);
    return withPolicy(NextResponse.redirect(login), policy);
  }

  // Every page is served from its `[locale]` path (app/[locale]/…): the remembered choice, else
  // the browser's languages. `/` and every /shop view (searches too) are served from cached routes.
  // The address bar keeps the address that was asked for. Rewrites are built on request.url, the
  // address the server was reached at (next.config.ts's skipProxyUrlNormalize keeps it as it is):
  // on a server bound to 127.0.0.1, request.nextUrl says "localhost", and Next would proxy a rewrite
  // to that other origin back to itself instead of serving it in place. A path that already carries
  // its locale is served as it is.
  const page = !isUnlocalizedPath(pathname);
  const given = localeOfPath(pathname);
  const locale = given ?? chooseLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const browse = pathname === "/" ? `${HOME_PREFIX}${HOME_EDITION}` : (shopBrowseRewrite(request.nextUrl) ?? pathname);
  const headers = new Headers(request.headers);
  // Server actions and route handlers read the language here (next-intl's request header).
  if (page) headers.set(LOCALE_HEADER, locale);
  // Next reads the nonce from the request's own policy.
  if (nonce) headers.set("content-security-policy", policy);
  const pass = () =>
    withPolicy(
      page && !given ? NextResponse.rewrite(new URL(`/${locale}${browse}${search}`, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } }),
      policy,
    );

  const existing = request.cookies.get(DEVICE_COOKIE)?.value;
  if (isDeviceId(existing)) return pass();

  // A first visit: the page rendering this very request must see the id too.
  const deviceId = crypto.randomUUID();
  request.cookies.set(DEVICE_COOKIE, deviceId);
  headers.set("cookie", request.cookies.toString());
  const response = pass();
  response.cookies.set(DEVICE_COOKIE, deviceId, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
  return response;
}

// next-intl's getRequestConfig falls back to this request header when a render set no locale.
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/** Route handlers and files, which have no `[locale]` path. */
function isUnlocalizedPath(pathname: string) {
  return pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/media/") || pathname.startsWith("/_next/") || pathname === "/icon.svg";
}

/** The locale a `/<locale>/…` path names, or null. */
function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

/** The page a path shows, without its `/<locale>` segment. */
function unlocalizedPath(pathname: string): string {
  return localeOfPath(pathname) ? pathname.slice(3) || "/" : pathname;
}

// Every page request passes through here, cached pages included. In the Node.js runtime it runs
// in the server's own process; on the default edge runtime `next start` runs each call in an edge
// sandbox (a VM context of its own), converting the request and response on the way in and out.
export const config = {
  runtime: "nodejs",
  matcher: ["/((?!_next/static|_next/image|images/|favicon.ico|api/webhooks|api/health).*)"],
};
