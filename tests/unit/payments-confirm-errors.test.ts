import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { confirmErrorMessage as confirmErrorIn } from "@/lib/payments/client-config";
import type { ConfirmError } from "@/lib/payments/client-config";

const english = createTranslator({ locale: "en", messages: en, namespace: "Declines" });
const confirmErrorMessage = (error: ConfirmError) => confirmErrorIn(error, english);
const EXPIRED_PAYMENT_MESSAGE = "This payment has expired and can no longer be made. Reload the page to start again.";
const ALREADY_PAID_MESSAGE = "This payment has already been made. Reload the page to see your confirmation.";

describe("the payment form's message when a payment does not go through on real Stripe", () => {
  it("says an expired payment can no longer be made (reload to start again), as the sandbox does", () => {
    const error = { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "This PaymentIntent's status is canceled.", payment_intent: { status: "canceled" } };
    expect(confirmErrorMessage(error)).toBe(EXPIRED_PAYMENT_MESSAGE);
    expect(confirmErrorMessage(error)).not.toMatch(/try again/i);
  });

  it("sends a shopper whose payment already went through to the confirmation", () => {
    expect(confirmErrorMessage({ type: "invalid_request_error", code: "payment_intent_unexpected_state", payment_intent: { status: "succeeded" } })).toBe(ALREADY_PAID_MESSAGE);
  });

  it("shows Stripe's own words for declines, and a retry for anything else", () => {
    expect(confirmErrorMessage({ type: "card_error", message: "Your card has insufficient funds." })).toBe("Your card has insufficient funds.");
    expect(confirmErrorMessage({ type: "api_connection_error" })).toBe("The payment could not be completed. Please try again.");
  });

  it("says the rest in the shopper's language", () => {
    const spanish = createTranslator({ locale: "es", messages: es, namespace: "Declines" });
    expect(confirmErrorIn({ type: "invalid_request_error", code: "payment_intent_unexpected_state", payment_intent: { status: "canceled" } }, spanish)).toBe(
      "Este pago ha caducado y ya no se puede realizar. Recarga la página para empezar de nuevo.",
    );
    expect(confirmErrorIn({ type: "api_connection_error" }, spanish)).toBe("No se ha podido completar el pago. Inténtalo de nuevo.");
  });
});
