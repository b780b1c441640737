// The shop's languages. Edge- and browser-safe: middleware and client components import it.

export const LOCALES = ["en", "es", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The shopper's remembered choice, set by the language switcher (`POST /api/locale`). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language's own name, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", de: "Deutsch" };

/** The region used for number and date formats: prices stay in the shop's currency. */
export const LOCALE_FORMAT_TAGS: Record<Locale, string> = { en: "en-US", es: "es-ES", de: "de-DE" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
