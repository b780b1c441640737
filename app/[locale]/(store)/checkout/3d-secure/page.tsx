import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthenticationButtons } from "@/components/checkout/authentication-buttons";
import { formatCents } from "@/lib/money/format";
import { paymentIntentForClientSecret } from "@/lib/payments/client-secret";
import { isSandbox } from "@/lib/payments/stripe";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ThreeDSecure");
  return { title: t("metaTitle"), referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The sandbox's stand-in for a bank's 3-D Secure challenge (only exists without real Stripe). */
export default async function ThreeDSecurePage({ searchParams }: { searchParams: SearchParams }) {
  if (!isSandbox()) notFound();
  const { payment_intent: id, client_secret: clientSecret } = await searchParams;
  if (typeof id !== "string" || typeof clientSecret !== "string") notFound();
  const paymentIntent = await paymentIntentForClientSecret(clientSecret, id);
  if (!paymentIntent) notFound();
  const t = await getTranslations("ThreeDSecure");
  const locale = await getLocale();

  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-amber-800">{t("bank")}</p>
      <h1 className="text-2xl font-bold text-stone-900">{t("heading")}</h1>
      {paymentIntent.status === "requires_action" ? (
        <>
          <p className="text-stone-700">
            {t.rich("confirm", { amount: formatCents(paymentIntent.amount, paymentIntent.currency, locale), strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <AuthenticationButtons clientSecret={clientSecret} />
        </>
      ) : (
        <>
          <p className="text-stone-700">
            {paymentIntent.status === "succeeded" ? t("paid") : t("notCompleted")}
          </p>
          <Link href="/checkout" className="font-semibold text-leaf-700 underline">
            {t("back")}
          </Link>
        </>
      )}
    </div>
  );
}
