import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SubscribePayment } from "@/components/plans/subscribe-checkout";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSignedIn } from "@/lib/auth";
import { paymentsClientConfig } from "@/lib/checkout/payments-config";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { getPlan } from "@/lib/plans/catalog";
import { openRenewalInvoice } from "@/lib/plans/manage";
import { ClientTranslations } from "@/components/layout/client-translations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PlanPay");
  return { title: t("metaTitle") };
}

/** A past-due plan's renewal, paid now with another card. */
export default async function PayRenewalPage() {
  const user = await requireSignedIn("/plans/pay");
  const invoice = await openRenewalInvoice(user.id);
  const t = await getTranslations("PlanPay");
  const locale = await getLocale();
  if (!invoice) {
    return (
      <EmptyState layout="panel" title={t("nothing")} body={t("nothingBody")}>
        <ButtonLink href="/account#plan" variant="secondary" className="self-start">
          {t("back")}
        </ButtonLink>
      </EmptyState>
    );
  }
  const plan = getPlan(invoice.planId);
  const planName = await getTranslations("PlanNames");
  return (
    <section aria-labelledby="pay-heading" className="mx-auto flex w-full max-w-lg flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <h1 id="pay-heading" className="text-2xl font-bold text-leaf-900">
        {t("heading", { plan: planName(plan.id) })}
      </h1>
      <p className="text-sm text-stone-700">
        {t("body", { amount: formatCents(invoice.amountCents, SHOP_CURRENCY, locale) })}
      </p>
      <ClientTranslations namespaces={["PlanPay", "CardForm", "Declines", "TestCards"]}>
        <SubscribePayment
          clientSecret={invoice.clientSecret}
          subscriptionId={invoice.subscriptionId}
          amountCents={invoice.amountCents}
          config={paymentsClientConfig()}
        />
      </ClientTranslations>
    </section>
  );
}
