// Client-safe (the sandbox's card form uses it too): why a card payment failed, as a known answer
// (lib/i18n/notice.ts) the shopper reads in their language. Stripe writes its decline messages in
// English; the codes beside them say which one it is.
import { englishNotices, notice, type NoticeKey, type Noticed } from "@/lib/i18n/notice";

/** What Stripe says about a failed attempt (a PaymentIntent's `last_payment_error`, a confirm error). */
export type PaymentError = { type?: string; code?: string | null; decline_code?: string | null; message?: string | null };

const BY_DECLINE_CODE: Partial<Record<string, NoticeKey>> = {
  insufficient_funds: "insufficientFunds",
  expired_card: "expiredCard",
  incorrect_cvc: "incorrectCvc",
  processing_error: "processingError",
};

const BY_CODE: Partial<Record<string, NoticeKey>> = {
  payment_intent_authentication_failure: "threeDSecureFailed",
  authentication_required: "cannotAuthenticate",
  card_declined: "cardDeclined",
  expired_card: "expiredCard",
  incorrect_cvc: "incorrectCvc",
  processing_error: "processingError",
};

/** The known answer for a failed card payment: a decline by its reason, any other failure as "not completed". */
export function declineNotice(error: PaymentError): Noticed {
  const key =
    (error.decline_code ? BY_DECLINE_CODE[error.decline_code] : undefined) ??
    (error.code ? BY_CODE[error.code] : undefined) ??
    (error.type === "card_error" ? "cardDeclined" : "paymentNotCompleted");
  return notice(key);
}

/**
 * A decline Stripe wrote in English (an order's timeline keeps it so) as its known answer's key,
 * for a shopper's page to word in their language; undefined for any other sentence.
 */
export function declineKeyOfSentence(english: string): NoticeKey | undefined {
  return DECLINE_KEYS.find((key) => englishNotices(key) === english);
}

const DECLINE_KEYS: readonly NoticeKey[] = ["cardDeclined", "insufficientFunds", "expiredCard", "incorrectCvc", "processingError", "threeDSecureFailed", "cannotAuthenticate"];
