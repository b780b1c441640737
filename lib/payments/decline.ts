// Client-safe (the sandbox's card form uses it too): why a card payment failed, as a key of the
// "Declines" messages the shopper reads in their language. Stripe writes its decline messages in
// English; the codes beside them say which one it is.
import type { DeclineKey } from "@/lib/i18n/notice";

/** What Stripe says about a failed attempt (a PaymentIntent's `last_payment_error`, a confirm error). */
export type PaymentError = { type?: string; code?: string | null; decline_code?: string | null; message?: string | null };

const BY_DECLINE_CODE: Partial<Record<string, DeclineKey>> = {
  insufficient_funds: "insufficientFunds",
  expired_card: "expiredCard",
  incorrect_cvc: "incorrectCvc",
  processing_error: "processingError",
};

const BY_CODE: Partial<Record<string, DeclineKey>> = {
  payment_intent_authentication_failure: "threeDSecureFailed",
  authentication_required: "cannotAuthenticate",
  card_declined: "cardDeclined",
  expired_card: "expiredCard",
  incorrect_cvc: "incorrectCvc",
  processing_error: "processingError",
};

/** A decline by its reason; any other failure is "not completed". */
export function declineKey(error: PaymentError): DeclineKey {
  return (
    (error.decline_code ? BY_DECLINE_CODE[error.decline_code] : undefined) ??
    (error.code ? BY_CODE[error.code] : undefined) ??
    (error.type === "card_error" ? "cardDeclined" : "paymentNotCompleted")
  );
}
