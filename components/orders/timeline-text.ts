/**
 * The order timeline is stored as English sentences (the operator console shows them as written).
 * The shopper's page shows the known ones in the shopper's language, re-reading the figures out of
 * the sentence; anything else is shown as stored.
 */
type TimelineKey =
  | "created"
  | "paid"
  | "shipped"
  | "packed"
  | "delivered"
  | "paidAfterCancel"
  | "amountDiffers"
  | "paymentFailed"
  | "expired"
  | "paymentCanceled"
  | "replaced"
  | "notStarted"
  | "lastAttempt"
  | "refundedFull"
  | "refundedPart"
  | "canceledBeforeShipping"
  | "canceledAndRefunded";
type TimelineText = (key: TimelineKey, values?: Record<string, string | number>) => string;

const DOLLARS = /^\$([\d,]+\.\d\d)$/;

/** How a pending order ended without payment (lib/orders/payment.ts CANCEL_MESSAGES). */
const ENDINGS: readonly [RegExp, TimelineKey][] = [
  [/^The reservation expired after (\d+) minutes without payment; the items went back on sale\.$/, "expired"],
  [/^The payment was canceled; the items went back on sale\.$/, "paymentCanceled"],
  [/^The cart changed, so this checkout was replaced by a new one; the items went back on sale\.$/, "replaced"],
  [/^The payment could not be started; the items went back on sale\.$/, "notStarted"],
];

/**
 * `reason` words a payment failure Stripe wrote in English (a known decline) in the shopper's
 * language; any other is shown as written.
 */
export function translateTimelineEntry(
  entry: { type: string; message: string },
  t: TimelineText,
  money: (cents: number) => string,
  reason: (english: string) => string = (english) => english,
): string {
  // Amounts were written in US dollars the English way; they are shown the shopper's way.
  const amount = (text: string) => {
    const dollars = DOLLARS.exec(text);
    return dollars ? money(Math.round(Number(dollars[1].replaceAll(",", "")) * 100)) : text;
  };
  const { type, message } = entry;
  const match = (pattern: RegExp) => pattern.exec(message);
  let found: RegExpExecArray | null;
  switch (type) {
    case "created":
      if ((found = match(/^Order placed for (.+); (\d+) items? reserved for (\d+) minutes\.$/))) return t("created", { total: amount(found[1]), count: Number(found[2]), minutes: Number(found[3]) });
      break;
    case "paid":
      if ((found = match(/^Payment of (.+) received \(([^)]+)\)\.$/))) return t("paid", { amount: amount(found[1]), reference: found[2] });
      break;
    case "shipped":
      if ((found = match(/^Shipped with (.+), tracking number (.+)\.$/))) return t("shipped", { carrier: found[1], tracking: found[2] });
      break;
    case "packed":
      if (message === "Packed and ready to ship.") return t("packed");
      break;
    case "delivered":
      if (message === "Delivered.") return t("delivered");
      break;
    case "note":
      if (message === "The payment succeeded after the order had been canceled, so its items were taken from stock again.") return t("paidAfterCancel");
      if ((found = match(/^The amount received \((.+)\) differs from the order total \((.+)\)\.$/))) return t("amountDiffers", { received: amount(found[1]), total: amount(found[2]) });
      break;
    case "payment_failed":
      if ((found = match(/^Payment attempt failed: (.+) \(([^)]+)\)$/))) return t("paymentFailed", { reason: reason(found[1]), charge: found[2] });
      break;
    case "failed":
    case "canceled": {
      const [ended, lastAttempt] = message.split(" Last attempt: ");
      const ending = ENDINGS.map(([pattern, key]) => [pattern.exec(ended), key] as const).find(([result]) => result);
      if (!ending) break;
      const [result, key] = ending;
      const said = key === "expired" ? t(key, { minutes: Number(result?.[1]) }) : t(key);
      return lastAttempt === undefined ? said : t("lastAttempt", { ended: said, reason: reason(lastAttempt) });
    }
    case "refunded":
      if ((found = match(/^Refunded (\S+); the order is now refunded in full \((.+)\)\.$/))) return t("refundedFull", { amount: amount(found[1]), total: amount(found[2]) });
      if ((found = match(/^Refunded (\S+); (\S+) of (\S+) refunded so far\.$/))) return t("refundedPart", { amount: amount(found[1]), refunded: amount(found[2]), charged: amount(found[3]) });
      break;
    case "order_canceled":
      if (message === "Order canceled before shipping.") return t("canceledBeforeShipping");
      if ((found = match(/^Order canceled before shipping\. (\S+) is refunded to the card it was paid with\.$/))) return t("canceledAndRefunded", { amount: amount(found[1]) });
      break;
  }
  return message;
}
