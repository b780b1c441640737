import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// Pages get their locale from the `[locale]` segment middleware rewrites to, and call
// `setRequestLocale` so cached pages never read request headers; server actions and route handlers
// get it from the header middleware sets on the rewritten request.
export default getRequestConfig(async ({ locale, requestLocale }) => {
  const requested = locale ?? (await requestLocale);
  const chosen = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale: chosen, messages: await loadMessages(chosen), timeZone: "UTC" };
});
