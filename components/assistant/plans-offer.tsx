import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export type PlanOffer = { id: string; name: string; price: string; cadence: string };

/** Shown in the chat once the free questions are spent: the three plans, and the way to /plans. */
export function PlansOffer({ plans, message }: { plans: PlanOffer[]; message: string }) {
  return (
    <section aria-labelledby="assistant-plans-heading" className="rounded-xl border border-leaf-100 bg-leaf-50 p-4">
      <h2 id="assistant-plans-heading" className="text-base font-semibold text-leaf-900">
        Keep cooking with unlimited questions
      </h2>
      <p className="mt-1 text-sm text-stone-700">{message}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-3">
        {plans.map((plan) => (
          <li key={plan.id} className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="font-semibold text-stone-900">{plan.name}</p>
            <p className="text-lg font-bold text-leaf-900">{plan.price}</p>
            <p className="text-xs text-stone-600">billed {plan.cadence}</p>
          </li>
        ))}
      </ul>
      <Link href="/plans" className={buttonClass("primary", "mt-3")}>
        See plans
      </Link>
    </section>
  );
}
