import { DEFAULT_LOCALE, LOCALE_FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";

/** The shop sells in one currency; every locale shows it in its own number format. */
export const SHOP_CURRENCY = "usd";

// Building an Intl.NumberFormat costs far more than using one, and a listing formats dozens of prices.
const formatters = new Map<string, Intl.NumberFormat>();

/** Money is integer cents everywhere; this is the one place it becomes text. */
export function formatCents(cents: number, currency = SHOP_CURRENCY, locale: Locale = DEFAULT_LOCALE): string {
  const code = currency.toUpperCase();
  const key = `${locale}:${code}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_FORMAT_TAGS[locale] ?? LOCALE_FORMAT_TAGS[DEFAULT_LOCALE], { style: "currency", currency: code });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
