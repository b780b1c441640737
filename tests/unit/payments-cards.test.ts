import { describe, expect, it } from "vitest";
import { returnUrlFor } from "@/lib/stripe-sandbox/browser-api";
import { checkTestCard, luhnValid, parseExpiry, testCardForToken } from "@/lib/stripe-sandbox/cards";

const now = new Date("2026-11-15T12:00:00Z");

describe("sandbox card form checks", () => {
  it("maps Stripe's documented test numbers to their test PaymentMethod tokens", () => {
    const token = (number: string) => {
      const checked = checkTestCard({ number, expiry: "12/30", cvc: "123" }, now);
      return checked.ok ? checked.card.token : checked.errors;
    };
    expect(token("4242 4242 4242 4242")).toBe("pm_card_visa");
    expect(token("4000000000000002")).toBe("pm_card_visa_chargeDeclined");
    expect(token("4000-0000-0000-9995")).toBe("pm_card_visa_chargeDeclinedInsufficientFunds");
    expect(token("4000 0025 0000 3155")).toBe("pm_card_authenticationRequiredOnSetup");
    expect(token("4000 0000 0000 0341")).toBe("pm_card_chargeCustomerFail");
  });

  it("tells the shopper which cards work when a real-looking number is typed", () => {
    const checked = checkTestCard({ number: "4111 1111 1111 1111", expiry: "12/30", cvc: "123" }, now);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.number).toContain("4242 4242 4242 4242");
    expect(checked.errors.number).toContain("4000 0025 0000 3155");
  });

  it("refuses numbers failing the Luhn check, past or malformed expiry dates and short CVCs", () => {
    expect(luhnValid("4242424242424242")).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    const checked = checkTestCard({ number: "4242 4242 4242 4241", expiry: "10/26", cvc: "12" }, now);
    expect(checked).toEqual({
      ok: false,
      errors: {
        number: "Your card number is invalid.",
        expiry: "Your card's expiry date is in the past.",
        cvc: "Your card's security code is incomplete.",
      },
    });
    expect(checkTestCard({ number: "", expiry: "13/30", cvc: "" }, now)).toMatchObject({
      ok: false,
      errors: { number: "Enter your card number.", expiry: "Your card's expiry date is incomplete (MM/YY).", cvc: "Enter the CVC." },
    });
  });

  it("accepts a card until the end of its expiry month", () => {
    expect(parseExpiry("11/26")).toEqual({ month: 11, year: 2026 });
    expect(checkTestCard({ number: "4242424242424242", expiry: "11/26", cvc: "123" }, now).ok).toBe(true);
    expect(parseExpiry("1130")).toEqual({ month: 11, year: 2030 });
    expect(parseExpiry("00/30")).toBeUndefined();
  });

  it("knows which tokens are test cards", () => {
    expect(testCardForToken("pm_card_visa")?.last4).toBe("4242");
    expect(testCardForToken("pm_1234")).toBeUndefined();
  });
});

describe("returning from payment like Stripe.js", () => {
  it("adds payment_intent, its client secret and the redirect status to the return URL", () => {
    const url = new URL(returnUrlFor("http://shop.test/checkout/complete?from=cart", { id: "pi_1", client_secret: "pi_1_secret_x", status: "succeeded" }));
    expect(url.pathname).toBe("/checkout/complete");
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: "cart", payment_intent: "pi_1", payment_intent_client_secret: "pi_1_secret_x", redirect_status: "succeeded" });
    expect(new URL(returnUrlFor("http://shop.test/c", { id: "pi_1", client_secret: "s", status: "requires_payment_method" })).searchParams.get("redirect_status")).toBe("failed");
  });
});
