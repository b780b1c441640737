/** Where an account page sends people when no (usable) callbackUrl was given. */
export const DEFAULT_CALLBACK_URL = "/account";

const BASE = "http://callback.invalid";
// Pages that would bounce a signed-in user straight back, so returning to them loops.
const AUTH_PAGES = ["/login", "/register"];

/** `path` (the other sign-in page) carrying `callbackUrl` along, unless it is the default. */
export function withCallbackUrl(path: string, callbackUrl: string): string {
  return callbackUrl === DEFAULT_CALLBACK_URL ? path : `${path}?${new URLSearchParams({ callbackUrl })}`;
}

/**
 * A callbackUrl from the query string or a form is only followed when it is a path on this site:
 * absolute URLs, protocol-relative `//host`, backslash tricks (`/\host`) and dot segments that
 * normalise to `//host` fall back to the default, so the sign-in pages cannot be used as an open
 * redirect. What comes back is the normalised path, never the input.
 */
export function safeCallbackUrl(value: unknown, fallback = DEFAULT_CALLBACK_URL): string {
  const path = sameOriginPath(value);
  if (path === null) return fallback;
  const { pathname } = new URL(path, BASE);
  if (AUTH_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return fallback;
  return path;
}

/** The normalised same-origin path `value` names, or null for anything else (never throws). */
export function sameOriginPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // Check what the URL normalised to, not what was typed: `/.//evil.com` and `/..//evil.com`
  // resolve to the path `//evil.com`, which a browser follows to another host.
  if (url.pathname.startsWith("//") || url.pathname.includes("\\")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Auth.js's `redirect` callback: the callbackUrl of any request to its routes (a query parameter,
 * a form field or its cookie) becomes a URL on this site, or the home page. Auth.js's default throws
 * on a value that is not a URL, which it answers with a 500.
 */
export function authRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let path: string | null = null;
  try {
    const parsed = new URL(url, baseUrl);
    if (parsed.origin === new URL(baseUrl).origin) path = sameOriginPath(`${parsed.pathname}${parsed.search}${parsed.hash}`);
  } catch {
    path = null;
  }
  return `${baseUrl.replace(/\/$/, "")}${path ?? "/"}`;
}
