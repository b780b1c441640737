import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SandboxClockPanel, SubscribeCheckout } from "@/components/plans/lazy-plans";
import { PlanCard } from "@/components/plans/plan-card";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { paymentsClientConfig } from "@/lib/checkout/payments-config";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { getPlan, isPlanId, plans } from "@/lib/plans/catalog";
import { heldSubscription } from "@/lib/plans/manage";
import { isSandbox } from "@/lib/payments/stripe";
import { sandboxNow } from "@/lib/payments/sandbox";
import { linkTo } from "@/components/ui/rich-link";
import { ClientTranslations } from "@/components/layout/client-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Plans");
  return { title: t("title"), description: t("description") };
}

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  const params = await searchParams;
  const t = await getTranslations("Plans");
  const planName = await getTranslations("PlanNames");
  const locale = await getLocale();
  const picked = isPlanId(params.plan) ? getPlan(params.plan) : null;
  const user = await currentUser();
  if (picked && !user) redirect(`/login?callbackUrl=${encodeURIComponent(`/plans?plan=${picked.id}`)}`);
  const held = user ? await heldSubscription(user.id) : undefined;
  // One plan at a time: someone who has one manages it rather than buying another by accident.
  if (picked && held) redirect("/account#plan");

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-leaf-900">{t("title")}</h1>
        <p className="max-w-2xl text-stone-700">{t("intro")}</p>
        {held ? (
          <p className="text-sm text-stone-700" role="status">
            {t.rich("onPlan", { plan: planName(held.plan), strong: (chunks) => <strong>{chunks}</strong> })}{" "}
            <Link href="/account#plan" className="font-semibold text-leaf-700 underline">
              {t("manageInAccount")}
            </Link>
            .
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 md:grid-cols-3">
        {plans.map((plan) => {
          const current = held?.plan === plan.id;
          return (
            <PlanCard key={plan.id} plan={plan} highlighted={current || picked?.id === plan.id} badge={current ? t("yourPlan") : plan.id === "annual" ? t("bestValue") : undefined}>
              {current ? (
                <Link href="/account#plan" className={buttonClass("secondary", "w-full")}>
                  {t("manage")}
                </Link>
              ) : held ? (
                <Link href="/account#plan" className={buttonClass("secondary", "w-full")} aria-label={t("switchLabel", { plan: planName(plan.id) })}>
                  {t("switch")}
                </Link>
              ) : (
                <Link
                  href={user ? `/plans?plan=${plan.id}#checkout` : `/login?callbackUrl=${encodeURIComponent(`/plans?plan=${plan.id}`)}`}
                  className={buttonClass(picked?.id === plan.id ? "secondary" : "primary", "w-full")}
                >
                  {t("choose", { plan: planName(plan.id) })}
                </Link>
              )}
            </PlanCard>
          );
        })}
      </div>

      {picked && user ? (
        <section id="checkout" aria-labelledby="checkout-heading" className="mx-auto flex w-full max-w-lg flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
          <h2 id="checkout-heading" className="text-xl font-bold text-leaf-900">
            {t("payFor", { plan: planName(picked.id) })}
          </h2>
          <p className="text-sm text-stone-700">
            {t("terms", { amount: formatCents(picked.amountCents, SHOP_CURRENCY, locale), cadence: t(`cadence.${picked.id}`) })}
          </p>
          <ClientTranslations namespaces={["PlanPay", "CardForm", "Declines", "TestCards"]}>
            <SubscribeCheckout plan={picked.id} config={paymentsClientConfig()} />
          </ClientTranslations>
        </section>
      ) : null}
      {user?.role === "admin" && isSandbox() ? <SandboxClockPanel now={new Date(await sandboxNow()).toISOString()} /> : null}
      {!user ? (
        <p className="text-sm text-stone-600">
          {t.rich("needsAccount", {
            login: linkTo("/login?callbackUrl=%2Fplans"),
            register: linkTo("/register?callbackUrl=%2Fplans"),
          })}
        </p>
      ) : null}
    </div>
  );
}
