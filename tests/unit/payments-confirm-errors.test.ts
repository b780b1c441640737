import { describe, expect, it } from "vitest";
import { ALREADY_PAID_MESSAGE, confirmErrorMessage, EXPIRED_PAYMENT_MESSAGE } from "@/lib/payments/client-config";

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
});
