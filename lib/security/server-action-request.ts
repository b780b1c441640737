// Imported by middleware.ts (the edge): no imports, no database, no zod.

/** Next's default `serverActions.bodySizeLimit` (1 MB): a larger body is refused before it is decoded. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** The ids Next gives server actions: 42 hex digits (a hash and the action's argument info). */
const ACTION_ID = /^[0-9a-f]{42}$/i;

/**
 * React's reply format lets a plain-text body (the arguments of an action called with simple
 * values) hold these `$` values only; any other `$` reference points at a part that only a
 * multipart body can have, and would make Next fail with a 500 while decoding.
 */
const PLAIN_REPLY_VALUE = /^\$(?:\$|undefined$|Infinity$|-Infinity$|NaN$|-0$|D|n-?\d+$)/;

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** True when the request names an `Origin` other than this site (as Next checks server actions). */
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  // Next compares the origin with `x-forwarded-host` if there is one, else with `host`.
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0].trim();
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function hasOnlyPlainReplyValues(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REPLY_VALUE.test(value);
  if (Array.isArray(value)) return value.every(hasOnlyPlainReplyValues);
  if (value !== null && typeof value === "object") return Object.values(value).every(hasOnlyPlainReplyValues);
  return true;
}

function isPlainReply(text: string): boolean {
  try {
    return hasOnlyPlainReplyValues(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * Refuses, before Next decodes it, a server-action request that Next would answer with a 500:
 * one from a foreign origin (403), with a missing or malformed action id, or a body that is not
 * in React's reply format (400), or a body over the limit (413). A server action's own input is
 * checked by the action (lib/actions/form.ts); this only guards the envelope.
 */
export async function refuseMalformedActionRequest(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return null;
  const actionId = request.headers.get("next-action");
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const isForm = contentType.startsWith("multipart/form-data") || contentType.startsWith("application/x-www-form-urlencoded");
  // Only a request that Next would treat as a server action is checked here.
  if (actionId === null && !isForm) return null;

  if (isForeignOrigin(request)) return refusal(403, "Forbidden: this form was sent from another site.");
  if (actionId === null) return null;
  if (!ACTION_ID.test(actionId)) return refusal(400, "Bad request: this is not a server action of this shop.");

  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > ACTION_BODY_LIMIT_BYTES) return refusal(413, "Payload too large.");
  if (contentType.startsWith("multipart/form-data")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const root = form?.get("0");
    if (!form || typeof root !== "string" || !isJson(root)) return refusal(400, "Bad request: the form could not be read.");
    return null;
  }
  if (contentType.startsWith("application/x-www-form-urlencoded")) return null;
  const body = await request.clone().text();
  if (new TextEncoder().encode(body).length > ACTION_BODY_LIMIT_BYTES) return refusal(413, "Payload too large.");
  if (!isPlainReply(body)) return refusal(400, "Bad request: the action's arguments could not be read.");
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
