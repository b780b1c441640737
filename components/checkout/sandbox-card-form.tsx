"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { checkTestCard, confirmResponseSchema, formatCardNumber, paymentIntentIdOf, returnUrlFor, type CardFieldErrors } from "@/lib/stripe-sandbox/client";
import { absoluteReturnUrl } from "@/lib/payments/client-config";
import { declineKey } from "@/lib/payments/decline";

type Props = { clientSecret: string; returnUrl: string; payLabel: string };

function formatExpiry(value: string): string {
  const digits = value.replace(/\D/g, "").slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

/**
 * The sandbox's stand-in for the Payment Element. The card number is checked and turned into
 * Stripe's test PaymentMethod token right here in the browser; only the token is sent on.
 */
export function SandboxCardForm({ clientSecret, returnUrl, payLabel }: Props) {
  const [number, setNumber] = useState("");
  const [expiry, setExpiry] = useState("");
  const [cvc, setCvc] = useState("");
  const [errors, setErrors] = useState<CardFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useTranslations("CardForm");
  const declines = useTranslations("Declines");

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const checked = checkTestCard({ number, expiry, cvc });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const back = absoluteReturnUrl(returnUrl);
    try {
      const response = await fetch(`/api/stripe-sandbox/payment_intents/${encodeURIComponent(paymentIntentIdOf(clientSecret))}/confirm`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ client_secret: clientSecret, payment_method: checked.card.token, return_url: back }),
      });
      const answer = confirmResponseSchema.safeParse(await response.json().catch(() => null));
      if (!answer.success) throw new Error("unexpected answer");
      if ("error" in answer.data) {
        // A decline: stay here so the shopper can try another card, as the Payment Element does.
        setMessage(declines(declineKey(answer.data.error)));
        setBusy(false);
        return;
      }
      const paymentIntent = answer.data.paymentIntent;
      if (paymentIntent.status === "requires_action" && paymentIntent.next_action) {
        window.location.assign(paymentIntent.next_action.redirect_to_url.url);
        return;
      }
      window.location.assign(returnUrlFor(back, paymentIntent));
    } catch {
      setMessage(t("unreachable"));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={pay} className="flex flex-col gap-4" noValidate aria-label={t("details")}>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field
        label={t("number")}
        name="cardnumber"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="4242 4242 4242 4242"
        value={number}
        onChange={(event) => setNumber(formatCardNumber(event.target.value.replace(/\D/g, "").slice(0, 19)))}
        errors={errors.number ? [errors.number] : undefined}
        disabled={busy}
      />
      <div className="grid grid-cols-2 gap-4">
        <Field
          label={t("expiry")}
          name="exp-date"
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          hint="MM/YY"
          value={expiry}
          onChange={(event) => setExpiry(formatExpiry(event.target.value))}
          errors={errors.expiry ? [errors.expiry] : undefined}
          disabled={busy}
        />
        <Field
          label="CVC"
          name="cvc"
          inputMode="numeric"
          autoComplete="cc-csc"
          placeholder="123"
          maxLength={4}
          value={cvc}
          onChange={(event) => setCvc(event.target.value.replace(/\D/g, "").slice(0, 4))}
          errors={errors.cvc ? [errors.cvc] : undefined}
          disabled={busy}
        />
      </div>
      <Button type="submit" disabled={busy} aria-busy={busy}>
        {busy ? `${payLabel}…` : payLabel}
      </Button>
    </form>
  );
}
