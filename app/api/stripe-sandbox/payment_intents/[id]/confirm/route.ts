import { routeHandler } from "@/lib/http/errors";
import { isSandbox } from "@/lib/payments/stripe";
import { stripeSandbox } from "@/lib/payments/sandbox";

export const dynamic = "force-dynamic";

/** The sandbox's stand-in for Stripe.js confirming a payment (404 when real Stripe is configured). */
// Its answers speak Stripe's wire format (the card form reads them as Stripe.js would), so a 404 is Stripe-shaped.
export const POST = routeHandler("sandbox confirm", async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isSandbox()) return Response.json({ error: { type: "invalid_request_error", message: "Not found." } }, { status: 404 });
  const { id } = await params;
  const body: unknown = await request.json().catch(() => null);
  const answer = await stripeSandbox().browser.confirm(id, body);
  return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
});
