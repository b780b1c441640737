import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthenticationButtons } from "@/components/checkout/authentication-buttons";
import { formatCents } from "@/lib/money/format";
import { paymentIntentForClientSecret } from "@/lib/payments/client-secret";
import { isSandbox } from "@/lib/payments/stripe";

export const metadata: Metadata = { title: "3-D Secure", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The sandbox's stand-in for a bank's 3-D Secure challenge (only exists without real Stripe). */
export default async function ThreeDSecurePage({ searchParams }: { searchParams: SearchParams }) {
  if (!isSandbox()) notFound();
  const { payment_intent: id, client_secret: clientSecret } = await searchParams;
  if (typeof id !== "string" || typeof clientSecret !== "string") notFound();
  const paymentIntent = await paymentIntentForClientSecret(clientSecret, id);
  if (!paymentIntent) notFound();

  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-amber-800">Sandbox bank · test mode</p>
      <h1 className="text-2xl font-bold text-stone-900">Confirm your payment</h1>
      {paymentIntent.status === "requires_action" ? (
        <>
          <p className="text-stone-700">
            Beyond Earth asks you to confirm a payment of <strong>{formatCents(paymentIntent.amount, paymentIntent.currency)}</strong> with your card. A
            real bank would ask for a code or its app here; in the sandbox, choose the outcome.
          </p>
          <AuthenticationButtons clientSecret={clientSecret} />
        </>
      ) : (
        <>
          <p className="text-stone-700">
            This payment is no longer waiting for confirmation ({paymentIntent.status === "succeeded" ? "it has been paid" : "it was not completed"}).
          </p>
          <Link href="/checkout" className="font-semibold text-leaf-700 underline">
            Back to checkout
          </Link>
        </>
      )}
    </div>
  );
}
