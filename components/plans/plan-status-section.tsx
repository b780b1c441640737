import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { formatCents } from "@/lib/money/format";
import { isSandbox } from "@/lib/payments/stripe";
import { getPlan, plans, type PlanDefinition } from "@/lib/plans/catalog";
import { isEntitled, PAST_DUE_GRACE_MS } from "@/lib/plans/entitlement";
import { formatBillingDate, subscriptionForAccount } from "@/lib/plans/manage";
import { billingNow } from "@/lib/plans/time";
import { BillingPortalButton, CancelPlanButton, KeepPlanButton, ResumePlanButton, SwitchPlanForm } from "./plan-status-actions";

const STATUS_LABELS: Record<string, string> = {
  active: "Active",
  trialing: "Trial",
  past_due: "Payment failed",
  unpaid: "Unpaid",
  canceled: "Canceled",
  incomplete: "Payment not completed",
  incomplete_expired: "Expired",
  paused: "Paused",
};

function priceLine(plan: PlanDefinition) {
  return `${formatCents(plan.amountCents)} ${plan.cadence}`;
}

function Shell({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="plan-heading" id="plan" className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id="plan-heading" className="text-lg font-semibold text-leaf-900">
        Your plan
      </h2>
      {children}
    </section>
  );
}

/**
 * The plan part of /account: which plan, its status, the next renewal or the end date, and what
 * the user can do about it (cancel at period end, resume, switch from the next period; the Stripe
 * billing portal when running on real Stripe).
 */
export async function PlanStatusSection({ userId }: { userId: string }) {
  const subscription = await subscriptionForAccount(userId);
  const portal = !isSandbox() && subscription ? <BillingPortalButton /> : null;

  if (!subscription) {
    return (
      <Shell>
        <p className="text-sm text-stone-700">
          You are on the free tier: a few recipe assistant questions to try it out. A plan gives you unlimited questions.
        </p>
        <Link href="/plans" className={buttonClass("primary", "self-start")}>
          See plans
        </Link>
      </Shell>
    );
  }

  const plan = getPlan(subscription.plan);
  const now = await billingNow();
  const status = STATUS_LABELS[subscription.status] ?? subscription.status;
  const periodEnd = subscription.currentPeriodEnd;
  const summary = (
    <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="font-medium text-stone-600">Plan</dt>
      <dd data-testid="plan-name">
        {plan.name} · {priceLine(plan)}
      </dd>
      <dt className="font-medium text-stone-600">Status</dt>
      <dd data-testid="plan-status">{status}</dd>
    </dl>
  );

  if (subscription.status === "incomplete") {
    return (
      <Shell>
        {summary}
        <p className="text-sm text-stone-700">The payment for your {plan.name} plan was not completed, so it has not started.</p>
        <Link href={`/plans?plan=${plan.id}`} className={buttonClass("primary", "self-start")}>
          Finish paying for {plan.name}
        </Link>
      </Shell>
    );
  }

  if (!["active", "trialing", "past_due", "unpaid"].includes(subscription.status)) {
    // Canceled at period end, the plan ran to the period's end; otherwise it stopped when canceled.
    const endedOn = subscription.cancelAtPeriodEnd ? periodEnd : (subscription.canceledAt ?? periodEnd);
    return (
      <Shell>
        {summary}
        <p className="text-sm text-stone-700">
          {subscription.status === "canceled" && endedOn
            ? `Your ${plan.name} plan ended on ${formatBillingDate(endedOn)}.`
            : `Your ${plan.name} plan is not active.`}{" "}
          Choose a plan to get unlimited recipe assistant questions again.
        </p>
        <Link href="/plans" className={buttonClass("primary", "self-start")}>
          Choose a plan
        </Link>
        {portal}
      </Shell>
    );
  }

  const switchTargets = plans.filter((candidate) => candidate.id !== plan.id);
  const scheduled = subscription.scheduledPlan ? getPlan(subscription.scheduledPlan) : null;
  const renewalDate = periodEnd ? formatBillingDate(periodEnd) : null;

  return (
    <Shell>
      {summary}
      {subscription.status === "past_due" ? (
        <p className="text-sm text-red-800" role="status">
          Your renewal payment did not go through. Stripe will retry your card automatically
          {subscription.pastDueSince && isEntitled(subscription, now)
            ? `; unlimited access continues until ${formatBillingDate(new Date(subscription.pastDueSince.getTime() + PAST_DUE_GRACE_MS))}`
            : "; unlimited access is paused until a payment succeeds"}
          .
        </p>
      ) : null}
      {subscription.status === "past_due" || subscription.status === "unpaid" ? (
        <Link href="/plans/pay" className={buttonClass("primary", "self-start")}>
          Pay {formatCents(plan.amountCents)} now with another card
        </Link>
      ) : null}
      {subscription.status === "unpaid" ? (
        <p className="text-sm text-red-800">Your plan is unpaid, so unlimited access is paused until a payment succeeds.</p>
      ) : null}

      {subscription.cancelAtPeriodEnd ? (
        <>
          <p className="text-sm text-stone-700" data-testid="plan-renewal">
            {renewalDate ? `Ends on ${renewalDate}.` : "Ends at the end of the current period."} You keep unlimited access until then, and you will
            not be charged again.
          </p>
          <ResumePlanButton />
        </>
      ) : (
        <>
          <p className="text-sm text-stone-700" data-testid="plan-renewal">
            {scheduled && renewalDate
              ? `Switches to the ${scheduled.name} plan (${priceLine(scheduled)}) on ${renewalDate}; the ${plan.name} plan stays until then.`
              : renewalDate
                ? `Renews on ${renewalDate} for ${formatCents(plan.amountCents)}.`
                : "Renews automatically."}
          </p>
          {scheduled ? <KeepPlanButton plan={plan.id} label={`Keep the ${plan.name} plan`} /> : null}
          {subscription.status === "active" || subscription.status === "trialing" ? (
            <SwitchPlanForm
              options={switchTargets.map((candidate) => ({ id: candidate.id, label: `${candidate.name} · ${priceLine(candidate)}` }))}
              hint={`A new plan starts when your current period ends${renewalDate ? ` on ${renewalDate}` : ""}: nothing is charged or refunded today, and you keep the ${plan.name} plan until then.`}
            />
          ) : null}
          <CancelPlanButton />
        </>
      )}
      {portal}
    </Shell>
  );
}
