/** Where an account page sends people when no (usable) callbackUrl was given. */
export const DEFAULT_CALLBACK_URL = "/account";

const BASE = "http://callback.invalid";
// Pages that would bounce a signed-in user straight back, so returning to them loops.
const AUTH_PAGES = ["/login", "/register"];

/**
 * A callbackUrl from the query string or a form is only followed when it is a path on this site:
 * absolute URLs, protocol-relative `//host`, backslash tricks (`/\host`) and dot segments that
 * normalise to `//host` fall back to the default, so the sign-in pages cannot be used as an open
 * redirect. What comes back is the normalised path, never the input.
 */
export function safeCallbackUrl(value: unknown, fallback = DEFAULT_CALLBACK_URL): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Check what the URL normalised to, not what was typed: `/.//evil.com` and `/..//evil.com`
  // resolve to the path `//evil.com`, which a browser follows to another host.
  if (url.pathname.startsWith("//") || url.pathname.includes("\\")) return fallback;
  if (AUTH_PAGES.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
