"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import type { Stripe } from "@stripe/stripe-js";
import { loadStripe } from "@stripe/stripe-js/pure";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { absoluteReturnUrl, confirmErrorMessage } from "@/lib/payments/client-config";

type Props = { publishableKey: string; clientSecret: string; returnUrl: string; payLabel: string };

const loaded = new Map<string, Promise<Stripe | null>>();

function stripeFor(publishableKey: string) {
  let promise = loaded.get(publishableKey);
  if (!promise) {
    promise = loadStripe(publishableKey);
    loaded.set(publishableKey, promise);
  }
  return promise;
}

/** Real Stripe: the Payment Element, confirmed with `stripe.confirmPayment`, which redirects to the return URL. */
export function StripePaymentForm({ publishableKey, clientSecret, returnUrl, payLabel }: Props) {
  // The Payment Element and Stripe's decline messages in the shop's language, not the browser's.
  const locale = useLocale();
  return (
    <Elements
      stripe={stripeFor(publishableKey)}
      options={{ clientSecret, locale, appearance: { theme: "stripe", variables: { colorPrimary: "#2f6229", borderRadius: "8px" } } }}
    >
      <ConfirmForm returnUrl={returnUrl} payLabel={payLabel} />
    </Elements>
  );
}

function ConfirmForm({ returnUrl, payLabel }: { returnUrl: string; payLabel: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const declines = useTranslations("Declines");

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    setMessage(null);
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: absoluteReturnUrl(returnUrl) } });
    // Only reached when the payment did not go through (success redirects to the return URL).
    setMessage(confirmErrorMessage(error, declines));
    setBusy(false);
  }

  return (
    <form onSubmit={pay} className="flex flex-col gap-4">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <PaymentElement options={{ layout: "tabs" }} />
      <Button type="submit" disabled={!stripe || !elements || busy} aria-busy={busy}>
        {busy ? `${payLabel}…` : payLabel}
      </Button>
    </form>
  );
}
