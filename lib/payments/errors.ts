import type Stripe from "stripe";
import { z } from "zod";
import en from "@/messages/en.json";
import { logger } from "@/lib/observability/logger";
import { englishNotices, notice, type DeclineKey, type Noticed } from "@/lib/i18n/notice";
import { declineKey, type PaymentError } from "./decline";

// How the app recognises the Stripe SDK's errors and turns them into sentences: the one home for it.

/**
 * Recognises the SDK's errors by their shape rather than with `instanceof`: Next bundles server
 * code in more than one layer, so the error a request raises may come from another copy of the
 * `stripe` module than the class a file imports, and `instanceof` would then say no.
 */
const stripeErrorShape = z.object({
  type: z.string().startsWith("Stripe"),
  message: z.string(),
  code: z.string().optional(),
  statusCode: z.number().optional(),
});

export type StripeErrorInfo = z.infer<typeof stripeErrorShape>;

export function stripeErrorOf(error: unknown): StripeErrorInfo | null {
  const parsed = stripeErrorShape.safeParse(error);
  return parsed.success ? parsed.data : null;
}

function hasType(error: unknown, type: string): boolean {
  return error instanceof Error && "type" in error && error.type === type && "raw" in error;
}

export function isStripeCardError(error: unknown): error is Stripe.errors.StripeCardError {
  return hasType(error, "StripeCardError");
}

export function isStripeInvalidRequestError(error: unknown): error is Stripe.errors.StripeInvalidRequestError {
  return hasType(error, "StripeInvalidRequestError");
}

export function isStripeNotFound(error: unknown): boolean {
  const info = stripeErrorOf(error);
  return info?.type === "StripeInvalidRequestError" && info.statusCode === 404;
}

/**
 * A Stripe error becomes `sentence` for the shopper, and what Stripe said goes to the server log
 * once, under `context`. Anything that is not a Stripe error is a bug and is thrown again.
 */
export function stripeErrorSentence(error: unknown, context: string, sentence: string): string {
  const info = stripeErrorOf(error);
  if (!info) throw error;
  logger().error(`${context}: Stripe said ${info.type}/${info.code ?? "-"}: ${info.message}`);
  return sentence;
}

/** Why the last attempt failed, in the shopper's words (lib/payments/decline.ts). */
export function paymentFailureMessage(paymentIntent: Stripe.PaymentIntent): Noticed | null {
  const error = paymentIntent.last_payment_error;
  return error ? declineNotice(error) : null;
}

/** The known answer (lib/i18n/notice.ts) for a failed card payment. */
export function declineNotice(error: PaymentError): Noticed {
  return notice(`Declines.${declineKey(error)}`);
}

const DECLINE_KEYS = Object.keys(en.Declines) as DeclineKey[];

/**
 * A decline Stripe wrote in English (an order's timeline keeps it so) as its "Declines" key, for a
 * shopper's page to word in their language; undefined for any other sentence.
 */
export function declineKeyOfSentence(english: string): DeclineKey | undefined {
  return DECLINE_KEYS.find((key) => englishNotices(`Declines.${key}`) === english);
}
