import { POST } from "@/app/api/webhooks/stripe/route";
import { stripeSandbox } from "@/lib/payments/sandbox";

/**
 * Sandbox events go straight to the real webhook route handler, as real `Request`s signed like
 * Stripe's, and only when a test calls `deliverWebhooks()`, so tests decide when webhooks land.
 */
export function routeWebhooksToHandler() {
  stripeSandbox().webhooks.configure({
    automatic: false,
    deliver: async (payload, signature) => {
      const response = await POST(
        new Request("http://localhost/api/webhooks/stripe", {
          method: "POST",
          headers: { "content-type": "application/json", "stripe-signature": signature },
          body: payload,
        }),
      );
      return response.status;
    },
  });
}

export const deliverWebhooks = () => stripeSandbox().webhooks.drain();
