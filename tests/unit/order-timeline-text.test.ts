import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import es from "@/messages/es.json";
import de from "@/messages/de.json";
import { translateTimelineEntry } from "@/components/orders/timeline-text";
import { declineKeyOfSentence } from "@/lib/payments/errors";
import { formatCents } from "@/lib/money/format";

// The timeline is stored in English (operators read it as written); a shopper's order page words
// every entry they can see in their language, figures read back out of the stored sentence.

const spanish = createTranslator({ locale: "es", messages: es, namespace: "OrderTimeline" });
const spanishDeclines = createTranslator({ locale: "es", messages: es, namespace: "Declines" });
const german = createTranslator({ locale: "de", messages: de, namespace: "OrderTimeline" });
const esMoney = (cents: number) => formatCents(cents, "usd", "es").replace(/\s/g, " ");
const reason = (english: string) => {
  const key = declineKeyOfSentence(english);
  return key ? spanishDeclines(key) : english;
};
const inSpanish = (type: string, message: string) => translateTimelineEntry({ type, message }, spanish, esMoney, reason).replace(/\s/g, " ");

describe("a shopper's order timeline", () => {
  it("words failed payments, endings, refunds and cancellations in Spanish", () => {
    expect(inSpanish("payment_failed", "Payment attempt failed: Your card has insufficient funds. (ch_123)")).toBe("El intento de pago ha fallado: Tu tarjeta no tiene fondos suficientes. (ch_123)");
    expect(inSpanish("canceled", "The reservation expired after 30 minutes without payment; the items went back on sale.")).toBe(
      "La reserva caducó tras 30 minutos sin pago; los artículos volvieron a estar a la venta.",
    );
    expect(inSpanish("failed", "The payment was canceled; the items went back on sale. Last attempt: Your card was declined.")).toBe(
      "El pago se canceló; los artículos volvieron a estar a la venta. Último intento: Tu tarjeta ha sido rechazada.",
    );
    expect(inSpanish("refunded", "Refunded $5.00; $5.00 of $12.50 refunded so far.")).toBe("Reembolsado 5,00 US$; 5,00 US$ de 12,50 US$ reembolsados hasta ahora.");
    expect(inSpanish("refunded", "Refunded $7.50; the order is now refunded in full ($12.50).")).toBe("Reembolsado 7,50 US$; el pedido está ahora reembolsado por completo (12,50 US$).");
    expect(inSpanish("order_canceled", "Order canceled before shipping. $1,234.50 is refunded to the card it was paid with.")).toBe(
      "Pedido cancelado antes del envío. Se reembolsan 1234,50 US$ a la tarjeta con la que se pagó.",
    );
    expect(inSpanish("note", "The amount received ($10.00) differs from the order total ($12.50).")).toBe("El importe recibido (10,00 US$) no coincide con el total del pedido (12,50 US$).");
  });

  it("words them in German too, and shows an entry it does not know as stored", () => {
    expect(translateTimelineEntry({ type: "order_canceled", message: "Order canceled before shipping." }, german, esMoney)).toBe("Bestellung vor dem Versand storniert.");
    expect(inSpanish("payment_failed", "Payment attempt failed: Something new happened. (ch_9)")).toBe("El intento de pago ha fallado: Something new happened. (ch_9)");
    expect(inSpanish("note", "An operator wrote this.")).toBe("An operator wrote this.");
  });
});
