"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { startSubscriptionAction, type StartState } from "@/app/(store)/plans/actions";
import { PaymentForm } from "@/components/checkout/payment-form";
import type { PaymentsClientConfig } from "@/lib/payments/client-config";
import { TestCardList } from "@/components/checkout/test-card-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import type { PlanId } from "@/lib/plans/catalog";

/**
 * The payment step for a plan: asks the server for the subscription's first invoice (created, or
 * picked up again if an earlier attempt was left unpaid), then pays its confirmation secret with
 * the same card form as checkout.
 */
export function SubscribeCheckout({ plan, config }: { plan: PlanId; config: PaymentsClientConfig }) {
  const [state, setState] = useState<StartState | null>(null);
  const [attempt, setAttempt] = useState(0);
  const t = useTranslations("PlanPay");
  const unreachable = t("unreachable");

  useEffect(() => {
    let live = true;
    const form = new FormData();
    form.set("plan", plan);
    startSubscriptionAction(null, form)
      .then((result) => {
        if (live) setState(result);
      })
      .catch(() => {
        if (live) setState({ ok: false, message: unreachable });
      });
    return () => {
      live = false;
    };
  }, [plan, attempt, unreachable]);

  if (state === null || state.ok === undefined) {
    return (
      <p className="text-sm text-stone-600" role="status">
        {t("preparing")}
      </p>
    );
  }
  if (!state.ok) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="error">{state.message}</Alert>
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => {
            setState(null);
            setAttempt((count) => count + 1);
          }}
        >
          {t("tryAgain")}
        </Button>
      </div>
    );
  }
  if (!state.values) return null;
  return <SubscribePayment {...state.values} config={config} />;
}

/** Pays a plan's invoice with the shared card form and comes back to /plans/complete. */
export function SubscribePayment({
  clientSecret,
  subscriptionId,
  amountCents,
  config,
}: {
  clientSecret: string;
  subscriptionId: string;
  amountCents: number;
  config: PaymentsClientConfig;
}) {
  const t = useTranslations("PlanPay");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-4">
      <PaymentForm
        clientSecret={clientSecret}
        returnUrl={`/plans/complete?subscription=${encodeURIComponent(subscriptionId)}`}
        payLabel={t("pay", { amount: formatCents(amountCents, SHOP_CURRENCY, locale) })}
        config={config}
      />
      {config.mode === "sandbox" ? <TestCardList /> : null}
    </div>
  );
}
