// Edge-safe (middleware imports it): no database, no server-only modules.
import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

const MAX_RANGES = 20;

/** The languages of an `Accept-Language` header, most preferred first (q=0 and malformed ranges dropped). */
function requestedLanguages(header: string): string[] {
  const ranges: { tag: string; q: number; order: number }[] = [];
  for (const [order, part] of header.split(",").slice(0, MAX_RANGES).entries()) {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag?.trim() ?? "";
    if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) continue;
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    ranges.push({ tag, q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((range) => range.tag);
}

/** The shop's language for an `Accept-Language` header (a first visit), English when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const requested = requestedLanguages(acceptLanguage ?? "");
  if (requested.length === 0) return DEFAULT_LOCALE;
  try {
    const matched = match(requested, LOCALES, DEFAULT_LOCALE, { algorithm: "best fit" });
    return isLocale(matched) ? matched : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The remembered choice when it is valid, else the browser's languages. */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookie) ? cookie : negotiateLocale(acceptLanguage);
}
