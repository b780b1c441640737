"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { PaymentsClientConfig } from "@/lib/payments/client-config";
import { SandboxCardForm } from "./sandbox-card-form";


export type PaymentFormProps = {
  /** A PaymentIntent's client secret (an order's, or a subscription invoice's confirmation secret). */
  clientSecret: string;
  /** Where to come back after paying: absolute, or a path on this site (`/checkout/complete`). */
  returnUrl: string;
  /** The button's text, e.g. "Pay $23.95"; it should start with "Pay". */
  payLabel: string;
  config: PaymentsClientConfig;
};

// Stripe.js loads only when real Stripe is configured: the sandbox must work offline.
const StripePaymentForm = dynamic(() => import("./stripe-payment-form").then((module) => module.StripePaymentForm), {
  ssr: false,
  loading: () => <PaymentFormLoading />,
});

function PaymentFormLoading() {
  return <p className="text-sm text-stone-600">{useTranslations("CardForm")("loading")}</p>;
}

/**
 * Pays a PaymentIntent: Stripe's Payment Element on real Stripe, the sandbox card form otherwise.
 * Both end the same way, on `returnUrl?payment_intent=…&payment_intent_client_secret=…&redirect_status=…`.
 */
export function PaymentForm({ config, ...props }: PaymentFormProps) {
  if (config.mode === "sandbox") return <SandboxCardForm {...props} />;
  if (!config.publishableKey) {
    return <Alert tone="error">Card payments are not available: the shop has no Stripe publishable key (NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY).</Alert>;
  }
  return <StripePaymentForm publishableKey={config.publishableKey} {...props} />;
}
