import "server-only";
import Stripe from "stripe";
import { env, paymentsMode } from "@/lib/config/env";
import { SpanKind, withSpan } from "@/lib/observability/tracing";
import { stripeSandbox } from "./sandbox";

export const STRIPE_API_VERSION = Stripe.API_VERSION;

/** "/v1/payment_intents/pi_3Qx…/confirm?expand[]=…" → "/v1/payment_intents/{id}/confirm": no ids, no query (it can hold an email). */
export function stripeRoute(path: string): string {
  return path
    .split("?")[0]
    .split("/")
    .map((segment) => (/[0-9A-Z]/.test(segment) && segment !== "v1" && segment !== "v2" ? "{id}" : segment))
    .join("/");
}

/** One span per request the SDK sends (each retry its own), around whichever HTTP client it uses. */
class TracedHttpClient extends Stripe.HttpClient {
  constructor(private readonly inner: Stripe.HttpClient) {
    super();
  }

  getClientName() {
    return this.inner.getClientName();
  }

  makeRequest(...request: Parameters<Stripe.HttpClient["makeRequest"]>) {
    const [host, , path, method] = request;
    const route = stripeRoute(path);
    const attributes = { "http.request.method": method, "url.template": route, "server.address": host };
    return withSpan(
      `stripe ${method} ${route}`,
      attributes,
      async (span) => {
        const response = await this.inner.makeRequest(...request);
        span.setAttribute("http.response.status_code", response.getStatusCode());
        return response;
      },
      SpanKind.CLIENT,
    );
  }
}

type Holder = { client?: Stripe; key?: string };
const holder = ((globalThis as { __beyondEarthStripe?: Holder }).__beyondEarthStripe ??= {});

/**
 * The one Stripe client. Real Stripe when STRIPE_SECRET_KEY is set; otherwise the same SDK talks
 * to the built-in sandbox, so every code path above this line is the same in both modes.
 */
export function getStripe(): Stripe {
  const key = env().STRIPE_SECRET_KEY ?? "sk_test_sandbox";
  if (holder.client && holder.key === key) return holder.client;
  holder.key = key;
  holder.client =
    paymentsMode() === "stripe"
      ? new Stripe(key, { apiVersion: STRIPE_API_VERSION, httpClient: new TracedHttpClient(Stripe.createNodeHttpClient()), maxNetworkRetries: 2, appInfo: { name: "Beyond Earth" } })
      : new Stripe(key, {
          apiVersion: STRIPE_API_VERSION,
          httpClient: new TracedHttpClient(Stripe.createFetchHttpClient(stripeSandbox().fetch)),
          maxNetworkRetries: 0,
          telemetry: false,
        });
  return holder.client;
}

export function isSandbox() {
  return paymentsMode() === "sandbox";
}
