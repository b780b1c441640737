/**
 * The order timeline is stored as English sentences (the operator console shows them as written).
 * The shopper's page shows the known ones in the shopper's language, re-reading the figures out of
 * the sentence; anything else is shown as stored.
 */
type TimelineText = (key: "created" | "paid" | "shipped" | "packed" | "delivered", values?: Record<string, string | number>) => string;

const DOLLARS = /^\$([\d,]+\.\d\d)$/;

export function translateTimelineEntry(entry: { type: string; message: string }, t: TimelineText, money: (cents: number) => string): string {
  // Amounts were written in US dollars the English way; they are shown the shopper's way.
  const amount = (text: string) => {
    const dollars = DOLLARS.exec(text);
    return dollars ? money(Math.round(Number(dollars[1].replaceAll(",", "")) * 100)) : text;
  };
  const { type, message } = entry;
  if (type === "created") {
    const placed = /^Order placed for (.+); (\d+) items? reserved for (\d+) minutes\.$/.exec(message);
    if (placed) return t("created", { total: amount(placed[1]), count: Number(placed[2]), minutes: Number(placed[3]) });
  } else if (type === "paid") {
    const paid = /^Payment of (.+) received \(([^)]+)\)\.$/.exec(message);
    if (paid) return t("paid", { amount: amount(paid[1]), reference: paid[2] });
  } else if (type === "shipped") {
    const shipped = /^Shipped with (.+), tracking number (.+)\.$/.exec(message);
    if (shipped) return t("shipped", { carrier: shipped[1], tracking: shipped[2] });
  } else if (type === "packed" && message === "Packed and ready to ship.") {
    return t("packed");
  } else if (type === "delivered" && message === "Delivered.") {
    return t("delivered");
  }
  return message;
}
