import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PlanCard } from "@/components/plans/plan-card";
import { SandboxClockPanel } from "@/components/plans/sandbox-clock-panel";
import { SubscribeCheckout } from "@/components/plans/subscribe-checkout";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth";
import { paymentsClientConfig } from "@/lib/checkout/payments-config";
import { formatCents } from "@/lib/money/format";
import { getPlan, isPlanId, plans } from "@/lib/plans/catalog";
import { heldSubscription } from "@/lib/plans/manage";
import { isSandbox } from "@/lib/payments/stripe";
import { sandboxNow } from "@/lib/payments/sandbox";

export const metadata: Metadata = {
  title: "Plans",
  description: "Beyond Earth plans: more recipe assistant questions each month and free delivery on every order.",
};

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  const params = await searchParams;
  const picked = isPlanId(params.plan) ? getPlan(params.plan) : null;
  const user = await currentUser();
  if (picked && !user) redirect(`/login?callbackUrl=${encodeURIComponent(`/plans?plan=${picked.id}`)}`);
  const held = user ? await heldSubscription(user.id) : undefined;
  // One plan at a time: someone who has one manages it rather than buying another by accident.
  if (picked && held) redirect("/account#plan");

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-leaf-900">Plans</h1>
        <p className="max-w-2xl text-stone-700">
          Everyone gets a few free questions to the recipe assistant. A plan makes it unlimited: ask for recipes from what is in stock,
          swaps for what you are missing, and a cart filled in one click.
        </p>
        {held ? (
          <p className="text-sm text-stone-700" role="status">
            You are on the <strong>{getPlan(held.plan).name}</strong> plan.{" "}
            <Link href="/account#plan" className="font-semibold text-leaf-700 underline">
              Manage it in your account
            </Link>
            .
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 md:grid-cols-3">
        {plans.map((plan) => {
          const current = held?.plan === plan.id;
          return (
            <PlanCard key={plan.id} plan={plan} highlighted={current || picked?.id === plan.id} badge={current ? "Your plan" : plan.id === "annual" ? "Best value" : undefined}>
              {current ? (
                <Link href="/account#plan" className={buttonClass("secondary", "w-full")}>
                  Manage your plan
                </Link>
              ) : held ? (
                <Link href="/account#plan" className={buttonClass("secondary", "w-full")} aria-label={`Switch to ${plan.name} in your account`}>
                  Switch in your account
                </Link>
              ) : (
                <Link
                  href={user ? `/plans?plan=${plan.id}#checkout` : `/login?callbackUrl=${encodeURIComponent(`/plans?plan=${plan.id}`)}`}
                  className={buttonClass(picked?.id === plan.id ? "secondary" : "primary", "w-full")}
                >
                  Choose {plan.name}
                </Link>
              )}
            </PlanCard>
          );
        })}
      </div>

      {picked && user ? (
        <section id="checkout" aria-labelledby="checkout-heading" className="mx-auto flex w-full max-w-lg flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm">
          <h2 id="checkout-heading" className="text-xl font-bold text-leaf-900">
            Pay for the {picked.name} plan
          </h2>
          <p className="text-sm text-stone-700">
            {formatCents(picked.amountCents)} today, then {formatCents(picked.amountCents)} {picked.cadence} until you cancel. Cancel anytime
            from your account; you keep access until the end of the period you paid for.
          </p>
          <SubscribeCheckout plan={picked.id} config={paymentsClientConfig()} />
        </section>
      ) : null}
      {user?.role === "admin" && isSandbox() ? <SandboxClockPanel now={new Date(await sandboxNow()).toISOString()} /> : null}
      {!user ? (
        <p className="text-sm text-stone-600">
          Subscribing needs an account:{" "}
          <Link href="/login?callbackUrl=%2Fplans" className="font-semibold text-leaf-700 underline">
            sign in
          </Link>{" "}
          or{" "}
          <Link href="/register?callbackUrl=%2Fplans" className="font-semibold text-leaf-700 underline">
            create one
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
