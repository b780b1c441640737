import { z } from "zod";

const stripeErrorShape = z.object({
  type: z.string().startsWith("Stripe"),
  message: z.string(),
  code: z.string().optional(),
  statusCode: z.number().optional(),
});

export type StripeErrorInfo = z.infer<typeof stripeErrorShape>;

/**
 * Recognises an error the Stripe SDK threw by its shape, not with `instanceof`: the bundler may
 * give a server chunk its own copy of the SDK's classes, while the one cached client throws the
 * errors of whichever copy built it.
 */
export function stripeErrorOf(error: unknown): StripeErrorInfo | null {
  const parsed = stripeErrorShape.safeParse(error);
  return parsed.success ? parsed.data : null;
}

export function isStripeNotFound(error: unknown): boolean {
  const info = stripeErrorOf(error);
  return info?.type === "StripeInvalidRequestError" && info.statusCode === 404;
}
