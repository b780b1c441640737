// Client-safe: the known answers lib gives a shopper (a stock shortage, a plan change, a declined
// card), each once, by its key in messages/*.json (section "Notices", and "Declines" for card
// payments, which the browser's card form words too). lib returns the key and its values; the
// action or page that answers the shopper words it in their language (lib/i18n/server.ts
// `noticeText`). The English sentence travels along for logs, operators and callers without a request.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";

export type DeclineKey = keyof (typeof en)["Declines"];
export type NoticeKey = keyof (typeof en)["Notices"] | `Declines.${DeclineKey}`;
export type NoticeValues = Record<string, string | number | Date>;
export type Notice = { key: NoticeKey; values?: NoticeValues };

/** The shape a lib result carries a known answer in: its English sentence and its key. */
export type Noticed = { message: string; notice: Notice };

/** Words notices: English here, the shopper's language at the edge. */
export type NoticeTranslator = (key: NoticeKey, values?: NoticeValues) => string;

/** A notice translator over a whole catalogue's translator (`createTranslator` without a namespace). */
export function noticeTranslator(root: (path: string, values?: NoticeValues) => string): NoticeTranslator {
  return (key, values) => root(key.startsWith("Declines.") ? key : `Notices.${key}`, values);
}

const englishRoot = createTranslator({ locale: "en", messages: en, timeZone: "UTC" });
export const englishNotices: NoticeTranslator = noticeTranslator(englishRoot as (path: string, values?: NoticeValues) => string);

/** A known answer: `{ message, notice }`, to spread into a lib result. */
export function notice(key: NoticeKey, values?: NoticeValues): Noticed {
  return { message: englishNotices(key, values), notice: values ? { key, values } : { key } };
}

const fieldSentences = new Map<string, Notice>();

/**
 * A field rule's sentence (zod takes only text), remembered so the action answering the shopper
 * can word it in their language (`fieldNoticeOf`). For the fixed sentences of a schema only.
 */
export function fieldMessage(key: NoticeKey, values?: NoticeValues): string {
  const said = notice(key, values);
  fieldSentences.set(said.message, said.notice);
  return said.message;
}

/** The notice a field rule's sentence was made from, or undefined for any other sentence. */
export function fieldNoticeOf(sentence: string): Notice | undefined {
  return fieldSentences.get(sentence);
}
