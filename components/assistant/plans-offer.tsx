import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

/** A plan as the chat offers it, its name and cadence already in the shopper's language. */
export type PlanOffer = { id: string; name: string; price: string; cadence: string };

/** Shown in the chat once the free questions are spent: the three plans, and the way to /plans. */
export function PlansOffer({ plans, message }: { plans: PlanOffer[]; message: string }) {
  const t = useTranslations("Assistant.plans");
  return (
    <Section id="assistant-plans" title={t("heading")} look="offer">
      <p className="mt-1 text-sm text-stone-700">{message}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-3">
        {plans.map((plan) => (
          <li key={plan.id} className="rounded-lg border border-stone-200 bg-white p-3">
            <p className="font-semibold text-stone-900">{plan.name}</p>
            <p className="text-lg font-bold text-leaf-900">{plan.price}</p>
            <p className="text-xs text-stone-600">{plan.cadence}</p>
          </li>
        ))}
      </ul>
      <Link href="/plans" className={buttonClass("primary", "mt-3")}>
        {t("seePlans")}
      </Link>
    </Section>
  );
}
