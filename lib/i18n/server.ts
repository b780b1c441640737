import "server-only";
import { notFound } from "next/navigation";
import { createTranslator } from "use-intl/core";
import { getLocale, setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { translatedProductNames } from "@/lib/catalog/names";
import { loadMessages, type Messages } from "./messages";
import { fieldNoticeOf, noticeTranslator, type Notice, type NoticeTranslator, type NoticeValues } from "./notice";

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
  return createTranslator({ locale, messages: await loadMessages(locale), namespace, timeZone: "UTC" });
}

/**
 * A lib answer in the request's language: its notice (lib/i18n/notice.ts) worded with `values`
 * laid over its own (a product's name in the shopper's language), or its sentence as written.
 */
export async function noticeText(said: { message: string; notice?: Notice }, values?: NoticeValues): Promise<string> {
  if (!said.notice) return said.message;
  const t = await requestNotices();
  return t(said.notice.key, { ...said.notice.values, ...values });
}

/** Field errors with the field rules' sentences (lib/i18n/notice.ts `fieldMessage`) in the request's language. */
export async function fieldErrorsText<Field extends string>(errors: Partial<Record<Field, string[]>>): Promise<Partial<Record<Field, string[]>>> {
  const entries = Object.entries<string[] | undefined>(errors);
  if (!entries.some(([, messages]) => messages?.some((message) => fieldNoticeOf(message)))) return errors;
  const t = await requestNotices();
  const word = (message: string) => {
    const said = fieldNoticeOf(message);
    return said ? t(said.key, said.values) : message;
  };
  return Object.fromEntries(entries.map(([field, messages]) => [field, messages?.map(word)])) as Partial<Record<Field, string[]>>;
}

/** The notices (lib/i18n/notice.ts) in the request's language. */
export async function requestNotices(): Promise<NoticeTranslator> {
  const locale = await requestLocale();
  const root = createTranslator({ locale, messages: await loadMessages(locale), timeZone: "UTC" });
  return noticeTranslator(root as (path: string, values?: NoticeValues) => string);
}

/** A cart answer about one product ("only 2 of … left") in the request's language, naming the product in it. */
export async function productNoticeText(said: { message: string; notice?: Notice }, productId: number): Promise<string> {
  if (!said.notice?.values || !("name" in said.notice.values)) return noticeText(said);
  const name = (await translatedProductNames([productId], await requestLocale())).get(productId);
  return noticeText(said, name ? { name } : undefined);
}
