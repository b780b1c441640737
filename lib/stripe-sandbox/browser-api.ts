import { z } from "zod";
import { TEST_CARD_TOKENS } from "./cards";

/**
 * The contract between the sandbox card form (in the browser) and the sandbox's browser
 * endpoints, which stand in for what Stripe.js does with a publishable key and a client secret.
 * Shared by both sides so each parses what the other sends.
 */
export const confirmRequestSchema = z.object({
  client_secret: z.string().min(1).max(200),
  payment_method: z.enum(TEST_CARD_TOKENS, { message: "Use one of Stripe's test cards." }),
  return_url: z.url({ message: "return_url must be an absolute URL" }).max(2000),
});
export type ConfirmRequest = z.infer<typeof confirmRequestSchema>;

export const browserPaymentIntentSchema = z.object({
  id: z.string(),
  object: z.literal("payment_intent"),
  status: z.enum(["requires_payment_method", "requires_confirmation", "requires_action", "processing", "succeeded", "canceled"]),
  amount: z.number(),
  currency: z.string(),
  client_secret: z.string(),
  next_action: z
    .object({ type: z.literal("redirect_to_url"), redirect_to_url: z.object({ url: z.string(), return_url: z.string().nullable() }) })
    .nullable(),
  last_payment_error: z.object({ type: z.string(), code: z.string().optional(), decline_code: z.string().optional(), message: z.string() }).nullable(),
});
export type BrowserPaymentIntent = z.infer<typeof browserPaymentIntentSchema>;

export const browserErrorSchema = z.object({
  type: z.string(),
  code: z.string().optional(),
  decline_code: z.string().optional(),
  message: z.string(),
  payment_intent: browserPaymentIntentSchema.optional(),
});

export const confirmResponseSchema = z.union([z.object({ paymentIntent: browserPaymentIntentSchema }), z.object({ error: browserErrorSchema })]);

/** `pi_123_secret_abc` → `pi_123`, as Stripe.js reads it. */
export function paymentIntentIdOf(clientSecret: string): string {
  const index = clientSecret.indexOf("_secret_");
  return index > 0 ? clientSecret.slice(0, index) : "";
}

/** Stripe.js sends the shopper back with these three parameters. */
export function returnUrlFor(returnUrl: string, paymentIntent: { id: string; client_secret: string; status: string }): string {
  const url = new URL(returnUrl);
  url.searchParams.set("payment_intent", paymentIntent.id);
  url.searchParams.set("payment_intent_client_secret", paymentIntent.client_secret);
  url.searchParams.set("redirect_status", paymentIntent.status === "succeeded" ? "succeeded" : paymentIntent.status === "processing" ? "processing" : "failed");
  return url.toString();
}
