import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { formatCents } from "@/lib/money/format";
import { formatBillingDate } from "@/lib/plans/manage";
import { completeSubscription } from "@/lib/plans/subscribe";

export const metadata: Metadata = { title: "Your plan" };

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
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(currentUrl(params))}`);
  const parsed = returnParams.safeParse(params);
  if (!parsed.success) notFound();

  const result = await completeSubscription(user.id, { subscriptionId: parsed.data.subscription, paymentIntentId: parsed.data.payment_intent });
  if (result.status === "not_found") notFound();

  if (result.status === "failed") {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold text-leaf-900">Your payment did not go through</h1>
        <Alert tone="error">{result.message}</Alert>
        <p className="text-sm text-stone-700">Nothing was charged. You can try again with another card.</p>
        <Link href={`/plans?plan=${result.plan.id}#checkout`} className={buttonClass("primary", "self-start")}>
          Try again
        </Link>
      </div>
    );
  }

  if (result.status === "processing") {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold text-leaf-900">Your payment is being processed</h1>
        <p className="text-stone-700">
          Stripe is still confirming your payment for the {result.plan.name} plan. This usually takes a few seconds.
        </p>
        <Link href={currentUrl(params)} className={buttonClass("secondary", "self-start")}>
          Check again
        </Link>
      </div>
    );
  }

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold text-leaf-900">Welcome to the {result.plan.name} plan</h1>
      <Alert tone="success">
        You have successfully paid {formatCents(result.amountCents)} for the {result.plan.name} plan for unlimited access to the recipe assistant.
      </Alert>
      {result.currentPeriodEnd ? (
        <p className="text-sm text-stone-700">
          Your plan renews on {formatBillingDate(result.currentPeriodEnd)} for {formatCents(result.plan.amountCents)}. You can cancel or switch
          plans at any time in your account.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href="/assistant" className={buttonClass("primary")}>
          Ask the recipe assistant
        </Link>
        <Link href="/account#plan" className={buttonClass("secondary")}>
          Manage your plan
        </Link>
      </div>
    </div>
  );
}
