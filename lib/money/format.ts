import { DEFAULT_LOCALE, LOCALE_FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";

/** The shop sells in one currency; every locale shows it in its own number format. */
export const SHOP_CURRENCY = "usd";

// Building an Intl.NumberFormat costs far more than using one, and a listing formats dozens of prices.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Money is integer cents everywhere; this is the one place it becomes text, in the shop's currency
 * and the shopper's locale. `wholeAmounts: "short"` drops the cents from a round amount ("$5", as
 * plan prices are quoted) and keeps them otherwise.
 */
export function formatCents(
  cents: number,
  currency = SHOP_CURRENCY,
  locale: Locale = DEFAULT_LOCALE,
  { wholeAmounts = "cents" }: { wholeAmounts?: "cents" | "short" } = {},
): string {
  const code = currency.toUpperCase();
  const short = wholeAmounts === "short" && cents % 100 === 0;
  const key = `${locale}:${code}${short ? ":short" : ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE_FORMAT_TAGS[locale] ?? LOCALE_FORMAT_TAGS[DEFAULT_LOCALE], {
      style: "currency",
      currency: code,
      ...(short ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
