import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SubscribePayment } from "@/components/plans/subscribe-checkout";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { paymentsClientConfig } from "@/lib/checkout/payments-config";
import { formatCents } from "@/lib/money/format";
import { getPlan } from "@/lib/plans/catalog";
import { openRenewalInvoice } from "@/lib/plans/manage";

export const metadata: Metadata = { title: "Pay your renewal" };

/** A past-due plan's renewal, paid now with another card. */
export default async function PayRenewalPage() {
  const user = await currentUser();
  if (!user) redirect("/login?callbackUrl=%2Fplans%2Fpay");
  const invoice = await openRenewalInvoice(user.id);
  if (!invoice) {
    return (
      <div className="mx-auto flex max-w-lg flex-col gap-4">
        <h1 className="text-2xl font-bold text-leaf-900">Nothing to pay</h1>
        <p className="text-stone-700">Your plan has no unpaid renewal.</p>
        <Link href="/account#plan" className={buttonClass("secondary", "self-start")}>
          Back to your account
        </Link>
      </div>
    );
  }
  const plan = getPlan(invoice.planId);
  return (
    <section aria-labelledby="pay-heading" className="mx-auto flex w-full max-w-lg flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <h1 id="pay-heading" className="text-2xl font-bold text-leaf-900">
        Pay your {plan.name} renewal
      </h1>
      <p className="text-sm text-stone-700">
        The renewal payment of {formatCents(invoice.amountCents)} did not go through. Pay it now with another card; that card is then used for
        your next renewals.
      </p>
      <SubscribePayment
        clientSecret={invoice.clientSecret}
        subscriptionId={invoice.subscriptionId}
        amountCents={invoice.amountCents}
        config={paymentsClientConfig()}
      />
    </section>
  );
}
