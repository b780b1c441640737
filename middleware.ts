import NextAuth, { type NextAuthRequest } from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, isProtectedPath } from "@/lib/auth/config";
import { shopBrowseRewrite } from "@/lib/catalog/shop-url";
import { isWellFormedPath } from "@/lib/http/path";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, isDeviceId } from "@/lib/device/cookie";
import { contentSecurityPolicy, policyOptionsFromEnv } from "@/lib/security/headers";

// Runs on the edge: only the edge-safe auth config is imported here, never the database.
const { auth } = NextAuth(authConfig);

// The CSP is decided here, per request, because next.config's headers are fixed at build time and
// whether real Stripe is configured is only known where the server runs.
export default auth((request) => {
  const response = route(request);
  response.headers.set("Content-Security-Policy", contentSecurityPolicy(policyOptionsFromEnv(process.env)));
  return response;
});

function route(request: NextAuthRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return new NextResponse("Bad request: this address has a malformed %-escape.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (isProtectedPath(pathname) && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  // Browsing /shop without a search is served from a cached route; the address bar keeps /shop?….
  const browse = shopBrowseRewrite(request.nextUrl);
  const pass = (init?: Parameters<typeof NextResponse.next>[0]) =>
    browse ? NextResponse.rewrite(new URL(`${browse}${search}`, request.nextUrl), init) : NextResponse.next(init);

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
