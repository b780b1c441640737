import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import de from "@/messages/de.json";
import { englishNotices, notice, noticeTranslator, type NoticeKey, type NoticeTranslator } from "@/lib/i18n/notice";
import { declineNotice } from "@/lib/payments/errors";
import { wordSoldOut } from "@/lib/checkout";

// lib answers the shopper with known notices (a key and its values); the edge words them in the
// shopper's language. The English wording is what lib used to write, so logs and operators read the same.

const translators: Record<string, NoticeTranslator> = {
  en: englishNotices,
  es: noticeTranslator(createTranslator({ locale: "es", messages: es, timeZone: "UTC" }) as (path: string) => string),
  de: noticeTranslator(createTranslator({ locale: "de", messages: de, timeZone: "UTC" }) as (path: string) => string),
};
const sample = { name: "Saffron", count: 2, room: 1, max: 99, plan: "Monthly", date: new Date("2027-06-03T12:00:00Z"), minutes: 5, reason: "x", lines: "y" };

describe("notices", () => {
  it("word every key in every language, with its values filled in", () => {
    const keys = [...Object.keys(en.Notices), ...Object.keys(en.Declines).map((key) => `Declines.${key}`)] as NoticeKey[];
    for (const key of keys) {
      for (const [locale, t] of Object.entries(translators)) {
        const text = t(key, sample);
        expect(text, `${locale}: ${key}`).not.toMatch(/[{}]|Notices\./);
      }
    }
  });

  it("carry the English sentence lib used to write, and the key and values to word it again", () => {
    expect(notice("onlyLeftRoom", { count: 3, name: "Saffron", room: 1 })).toEqual({
      message: "Only 3 of Saffron left in stock. You can add 1 more.",
      notice: { key: "onlyLeftRoom", values: { count: 3, name: "Saffron", room: 1 } },
    });
    expect(notice("notInCart")).toEqual({ message: "That item is no longer in your cart.", notice: { key: "notInCart" } });
    expect(notice("planWillEndOn", { date: sample.date }).message).toBe("Your plan will end on June 3, 2027. You keep unlimited access until then.");
  });

  it("read in Spanish and German with the shopper's date format", () => {
    const { key, values } = notice("planWillEndOn", { date: sample.date }).notice;
    expect(translators.es(key, values)).toBe("Tu plan terminará el 3 de junio de 2027. Mantienes el acceso ilimitado hasta entonces.");
    expect(translators.de(key, values)).toBe("Dein Abo endet am 3. Juni 2027. Bis dahin behältst du den unbegrenzten Zugang.");
    expect(translators.es("soldOut", { name: "Azafrán" })).toBe("Azafrán está agotado.");
  });

  it("say what ran out at checkout the way lib always did, and in the shopper's language", () => {
    const lines = [
      { name: "Saffron", available: 0 },
      { name: "Lentils", available: 1 },
      { name: "Rice", available: 3 },
    ];
    expect(wordSoldOut(englishNotices, lines)).toBe("Sorry — Saffron is sold out; only 1 of Lentils is left; only 3 of Rice are left. Please update your cart; you have not been charged.");
    expect(wordSoldOut(translators.es, [{ name: "Lentejas", available: 1 }])).toBe("Lo sentimos: solo queda 1 de Lentejas. Actualiza tu carrito; no se te ha cobrado nada.");
  });

  it("name a card decline by its code, whatever language Stripe wrote it in", () => {
    expect(declineNotice({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." }).notice.key).toBe("Declines.insufficientFunds");
    expect(declineNotice({ type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." })).toEqual({
      message: "Your card was declined.",
      notice: { key: "Declines.cardDeclined" },
    });
    expect(declineNotice({ type: "card_error", code: "payment_intent_authentication_failure" }).message).toBe("The card's 3-D Secure authentication failed.");
    expect(declineNotice({ type: "api_error" }).notice.key).toBe("Declines.paymentNotCompleted");
    expect(translators.es("Declines.insufficientFunds")).toBe("Tu tarjeta no tiene fondos suficientes.");
  });
});
