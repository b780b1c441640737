import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { isSandbox } from "@/lib/payments/stripe";
import { getPlan, plans, type PlanDefinition } from "@/lib/plans/catalog";
import { isEntitled, PAST_DUE_GRACE_MS } from "@/lib/plans/entitlement";
import { formatBillingDate, subscriptionForAccount } from "@/lib/plans/manage";
import { billingNow } from "@/lib/plans/time";
import { BillingPortalButton, CancelPlanButton, KeepPlanButton, ResumePlanButton, SwitchPlanForm } from "./plan-status-actions";

const STATUSES = ["active", "trialing", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "paused"] as const;

function isKnownStatus(status: string): status is (typeof STATUSES)[number] {
  return (STATUSES as readonly string[]).includes(status);
}

function Shell({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby="plan-heading" id="plan" className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id="plan-heading" className="text-lg font-semibold text-leaf-900">
        {heading}
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
  const t = await getTranslations("PlanStatus");
  const planNames = await getTranslations("PlanNames");
  const cadences = await getTranslations("Plans.cadence");
  const locale = await getLocale();
  const money = (cents: number) => formatCents(cents, SHOP_CURRENCY, locale);
  const date = (when: Date) => formatBillingDate(when, locale);
  const priceLine = (plan: PlanDefinition) => t("priceLine", { amount: money(plan.amountCents), cadence: cadences(plan.id) });
  const portal = !isSandbox() && subscription ? <BillingPortalButton /> : null;

  if (!subscription) {
    return (
      <Shell heading={t("heading")}>
        <p className="text-sm text-stone-700">
          {t("freeTier")}
        </p>
        <Link href="/plans" className={buttonClass("primary", "self-start")}>
          {t("seePlans")}
        </Link>
      </Shell>
    );
  }

  const plan = getPlan(subscription.plan);
  const name = planNames(plan.id);
  const now = await billingNow();
  const status = isKnownStatus(subscription.status) ? t(`statuses.${subscription.status}`) : subscription.status;
  const periodEnd = subscription.currentPeriodEnd;
  const summary = (
    <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
      <dt className="font-medium text-stone-600">{t("plan")}</dt>
      <dd data-testid="plan-name">
        {name} · {priceLine(plan)}
      </dd>
      <dt className="font-medium text-stone-600">{t("status")}</dt>
      <dd data-testid="plan-status">{status}</dd>
    </dl>
  );

  if (subscription.status === "incomplete") {
    return (
      <Shell heading={t("heading")}>
        {summary}
        <p className="text-sm text-stone-700">{t("incomplete", { plan: name })}</p>
        <Link href={`/plans?plan=${plan.id}`} className={buttonClass("primary", "self-start")}>
          {t("finishPaying", { plan: name })}
        </Link>
      </Shell>
    );
  }

  if (!["active", "trialing", "past_due", "unpaid"].includes(subscription.status)) {
    // Canceled at period end, the plan ran to the period's end; otherwise it stopped when canceled.
    const endedOn = subscription.cancelAtPeriodEnd ? periodEnd : (subscription.canceledAt ?? periodEnd);
    return (
      <Shell heading={t("heading")}>
        {summary}
        <p className="text-sm text-stone-700">
          {subscription.status === "canceled" && endedOn
            ? t("ended", { plan: name, date: date(endedOn) })
            : t("notActive", { plan: name })}{" "}
          {t("chooseAgain")}
        </p>
        <Link href="/plans" className={buttonClass("primary", "self-start")}>
          {t("choosePlan")}
        </Link>
        {portal}
      </Shell>
    );
  }

  const switchTargets = plans.filter((candidate) => candidate.id !== plan.id);
  const scheduled = subscription.scheduledPlan ? getPlan(subscription.scheduledPlan) : null;
  const renewalDate = periodEnd ? date(periodEnd) : null;

  return (
    <Shell heading={t("heading")}>
      {summary}
      {subscription.status === "past_due" ? (
        <p className="text-sm text-red-800" role="status">
          {subscription.pastDueSince && isEntitled(subscription, now)
            ? t("pastDueGrace", { date: date(new Date(subscription.pastDueSince.getTime() + PAST_DUE_GRACE_MS)) })
            : t("pastDuePaused")}
        </p>
      ) : null}
      {subscription.status === "past_due" || subscription.status === "unpaid" ? (
        <Link href="/plans/pay" className={buttonClass("primary", "self-start")}>
          {t("payNow", { amount: money(plan.amountCents) })}
        </Link>
      ) : null}
      {subscription.status === "unpaid" ? (
        <p className="text-sm text-red-800">{t("unpaid")}</p>
      ) : null}

      {subscription.cancelAtPeriodEnd ? (
        <>
          <p className="text-sm text-stone-700" data-testid="plan-renewal">
            {renewalDate ? t("endsOn", { date: renewalDate }) : t("endsAtPeriodEnd")} {t("keepAccess")}
          </p>
          <ResumePlanButton />
        </>
      ) : (
        <>
          <p className="text-sm text-stone-700" data-testid="plan-renewal">
            {scheduled && renewalDate
              ? t("switches", { next: planNames(scheduled.id), price: priceLine(scheduled), date: renewalDate, plan: name })
              : renewalDate
                ? t("renewsOn", { date: renewalDate, amount: money(plan.amountCents) })
                : t("renewsAuto")}
          </p>
          {scheduled ? <KeepPlanButton plan={plan.id} label={t("keepPlan", { plan: name })} /> : null}
          {subscription.status === "active" || subscription.status === "trialing" ? (
            <SwitchPlanForm
              options={switchTargets.map((candidate) => ({ id: candidate.id, label: `${planNames(candidate.id)} · ${priceLine(candidate)}` }))}
              hint={renewalDate ? t("switchHintOn", { date: renewalDate, plan: name }) : t("switchHint", { plan: name })}
            />
          ) : null}
          <CancelPlanButton />
        </>
      )}
      {portal}
    </Shell>
  );
}
