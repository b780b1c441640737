"use client";

import { useEffect, useState } from "react";
import { startSubscriptionAction, type StartState } from "@/app/(store)/plans/actions";
import { PaymentForm } from "@/components/checkout/payment-form";
import type { PaymentsClientConfig } from "@/lib/payments/client-config";
import { TestCardList } from "@/components/checkout/test-card-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatCents } from "@/lib/money/format";
import type { PlanId } from "@/lib/plans/catalog";

type State = { status: "loading" } | StartState;

/**
 * The payment step for a plan: asks the server for the subscription's first invoice (created, or
 * picked up again if an earlier attempt was left unpaid), then pays its confirmation secret with
 * the same card form as checkout.
 */
export function SubscribeCheckout({ plan, config }: { plan: PlanId; config: PaymentsClientConfig }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    startSubscriptionAction(plan)
      .then((result) => {
        if (live) setState(result);
      })
      .catch(() => {
        if (live) setState({ status: "error", message: "We could not reach the shop. Please check your connection and try again." });
      });
    return () => {
      live = false;
    };
  }, [plan, attempt]);

  if (state.status === "loading") {
    return (
      <p className="text-sm text-stone-600" role="status">
        Preparing your payment…
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="error">{state.message}</Alert>
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => {
            setState({ status: "loading" });
            setAttempt((count) => count + 1);
          }}
        >
          Try again
        </Button>
      </div>
    );
  }
  return <SubscribePayment clientSecret={state.clientSecret} subscriptionId={state.subscriptionId} amountCents={state.amountCents} config={config} />;
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
  return (
    <div className="flex flex-col gap-4">
      <PaymentForm
        clientSecret={clientSecret}
        returnUrl={`/plans/complete?subscription=${encodeURIComponent(subscriptionId)}`}
        payLabel={`Pay ${formatCents(amountCents)}`}
        config={config}
      />
      {config.mode === "sandbox" ? <TestCardList /> : null}
    </div>
  );
}
