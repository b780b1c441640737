import "server-only";
import { notFound } from "next/navigation";
import { createTranslator } from "next-intl";
import { getLocale, setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { loadMessages, type Messages } from "./messages";

/** The `[locale]` segment's params, as every page and layout under app/[locale] receives them. */
export type LocaleParams = Promise<{ locale: string }>;

/**
 * A page's language from its `[locale]` segment (middleware rewrote the request there), set for
 * every next-intl call of this render so a cached page never reads request headers. Call it first.
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * The language of a server action's or route handler's request (the header middleware sets), or
 * English where there is no request (tests and scripts call actions directly).
 */
export async function requestLocale(): Promise<Locale> {
  try {
    const requested = await getLocale();
    if (isLocale(requested)) return requested;
  } catch {
    // Outside a request: English.
  }
  return DEFAULT_LOCALE;
}

/** Messages for server actions and route handlers, in the request's language. */
export async function requestTranslator<N extends keyof Messages>(namespace: N) {
  const locale = await requestLocale();
  return createTranslator({ locale, messages: await loadMessages(locale), namespace });
}
