import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { NextSteps } from "@/components/ui/button-link";
import { requireSignedIn } from "@/lib/auth";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { formatBillingDate } from "@/lib/plans/manage";
import { completeSubscription } from "@/lib/plans/subscribe";
import { noticeText } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PlanComplete");
  return { title: t("metaTitle") };
}

const returnParams = z.object({
  subscription: z.string().regex(/^sub_[A-Za-z0-9_]+$/),
  payment_intent: z
    .string()
    .regex(/^pi_[A-Za-z0-9_]+$/)
    .optional(),
});

type SearchParams = Record<string, string | string[] | undefined>;

function currentUrl(params: SearchParams) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (typeof value === "string") query.set(key, value);
  return `/plans/complete?${query.toString()}`;
}

/**
 * Stripe's return URL after paying a plan's first invoice. The query string only says which
 * subscription and PaymentIntent to look at; what happened is read from Stripe on the server.
 */
export default async function PlanCompletePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await requireSignedIn(currentUrl(params));
  const parsed = returnParams.safeParse(params);
  if (!parsed.success) notFound();

  const result = await completeSubscription(user.id, { subscriptionId: parsed.data.subscription, paymentIntentId: parsed.data.payment_intent });
  if (result.status === "not_found") notFound();
  const t = await getTranslations("PlanComplete");
  const planName = (await getTranslations("PlanNames"))(result.plan.id);
  const locale = await getLocale();
  const money = (cents: number) => formatCents(cents, SHOP_CURRENCY, locale);

  if (result.status === "failed") {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold text-leaf-900">{t("failedHeading")}</h1>
        <Alert tone="error">{await noticeText(result)}</Alert>
        <p className="text-sm text-stone-700">{t("failedBody")}</p>
        <Link href={`/plans?plan=${result.plan.id}#checkout`} className={buttonClass("primary", "self-start")}>
          {t("tryAgain")}
        </Link>
      </div>
    );
  }

  if (result.status === "processing") {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold text-leaf-900">{t("processingHeading")}</h1>
        <p className="text-stone-700">
          {t("processingBody", { plan: planName })}
        </p>
        <Link href={currentUrl(params)} className={buttonClass("secondary", "self-start")}>
          {t("checkAgain")}
        </Link>
      </div>
    );
  }

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold text-leaf-900">{t("welcome", { plan: planName })}</h1>
      <Alert tone="success">
        {t("paid", { amount: money(result.amountCents), plan: planName })}
      </Alert>
      {result.currentPeriodEnd ? (
        <p className="text-sm text-stone-700">
          {t("renews", { date: formatBillingDate(result.currentPeriodEnd, locale), amount: money(result.plan.amountCents) })}
        </p>
      ) : null}
      <NextSteps primary={{ href: "/assistant", label: t("assistant") }} secondary={{ href: "/account#plan", label: t("manage") }} />
    </div>
  );
}
