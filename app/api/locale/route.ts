import { z } from "zod";
import { currentUser } from "@/lib/auth";
import { rememberUserLocale } from "@/lib/auth/account";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { routeHandler } from "@/lib/http/errors";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from "@/lib/i18n/locales";
import { isForeignOrigin } from "@/lib/security/server-action-request";

export const dynamic = "force-dynamic";

const formSchema = z.object({ locale: z.enum(LOCALES), returnTo: z.string().max(2048).optional() });

function plain(status: number, message: string) {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function refererPath(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer || !URL.canParse(referer)) return null;
  const url = new URL(referer);
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0].trim();
  return url.host === host ? sameOriginPath(`${url.pathname}${url.search}`) : null;
}

/**
 * The language switcher's form: remembers the choice in a cookie (read by middleware on every
 * page), and on a signed-in shopper's account for the emails it gets, and sends the shopper back to
 * the page they were on, now in that language.
 */
export const POST = routeHandler("locale", async (request: Request) => {
  if (isForeignOrigin(request)) return plain(403, "Forbidden: the language can only be changed from this site.");
  const form = await request.formData().catch(() => null);
  const parsed = formSchema.safeParse(form ? Object.fromEntries(form) : {});
  if (!parsed.success) return plain(400, `Bad request: the language must be one of ${LOCALES.join(", ")}.`);

  const user = await currentUser();
  if (user) await rememberUserLocale(user.id, parsed.data.locale);

  // The switcher fills returnTo in the browser; without script, the page it was sent from.
  const back = sameOriginPath(parsed.data.returnTo) ?? refererPath(request) ?? "/";
  const secure = new URL(request.url).protocol === "https:";
  return new Response(null, {
    status: 303,
    headers: {
      location: back,
      "cache-control": "no-store",
      "set-cookie": `${LOCALE_COOKIE}=${parsed.data.locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure ? "; Secure" : ""}`,
    },
  });
});
