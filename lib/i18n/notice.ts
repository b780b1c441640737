// Client-safe: the known answers lib gives a shopper (a stock shortage, a plan change, a declined
// card), each once, by its key in messages/*.json (section "Notices"). lib returns the key and its
// values; the action or page that answers the shopper words it in their language
// (lib/i18n/server.ts `noticeText`). The English sentence travels along for logs, operators and
// callers without a request.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";

export type NoticeKey = keyof (typeof en)["Notices"];
export type NoticeValues = Record<string, string | number | Date>;
export type Notice = { key: NoticeKey; values?: NoticeValues };

/** The shape a lib result carries a known answer in: its English sentence and its key. */
export type Noticed = { message: string; notice: Notice };

/** A translator of the "Notices" section: English here, the shopper's language at the edge. */
export type NoticeTranslator = (key: NoticeKey, values?: NoticeValues) => string;

export const englishNotices: NoticeTranslator = createTranslator({ locale: "en", messages: en, namespace: "Notices", timeZone: "UTC" });

/** A known answer: `{ message, notice }`, to spread into a lib result. */
export function notice(key: NoticeKey, values?: NoticeValues): Noticed {
  return { message: englishNotices(key, values), notice: values ? { key, values } : { key } };
}
