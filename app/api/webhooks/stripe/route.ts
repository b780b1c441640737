import { routeHandler } from "@/lib/http/errors";
import { ingestStripeWebhook } from "@/lib/payments/webhooks";

export const dynamic = "force-dynamic";

// A thrown error is answered 500, so Stripe delivers the event again.
export const POST = routeHandler("stripe webhook", async (request: Request) => {
  // The signature covers the exact bytes Stripe sent, so read the raw text, never parsed JSON.
  const rawBody = await request.text();
  const outcome = await ingestStripeWebhook(rawBody, request.headers.get("stripe-signature"));
  return Response.json(outcome.body, { status: outcome.status });
});
