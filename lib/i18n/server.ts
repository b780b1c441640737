import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

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
