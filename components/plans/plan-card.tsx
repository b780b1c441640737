import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { effectiveMonthlyCents, savingPercent, type PlanDefinition } from "@/lib/plans/catalog";

const BENEFITS = ["unlimited", "inStock", "cancel"] as const;

/** One plan: price, cadence, what a month really costs, the saving against Monthly, and an action. */
export function PlanCard({ plan, highlighted, badge, children }: { plan: PlanDefinition; highlighted?: boolean; badge?: string; children: ReactNode }) {
  const saving = savingPercent(plan);
  const t = useTranslations("Plans");
  const planName = useTranslations("PlanNames");
  const locale = useLocale();
  return (
    <article
      aria-labelledby={`plan-${plan.id}-name`}
      className={`flex flex-col gap-4 rounded-2xl border bg-white p-6 shadow-sm ${highlighted ? "border-leaf-600 ring-2 ring-leaf-600" : "border-stone-200"}`}
    >
      <header className="flex items-start justify-between gap-2">
        <h2 id={`plan-${plan.id}-name`} className="text-xl font-bold text-leaf-900">
          {planName(plan.id)}
        </h2>
        {badge ? <span className="rounded-full bg-leaf-100 px-2 py-0.5 text-xs font-semibold text-leaf-900">{badge}</span> : null}
      </header>
      <p>
        <span className="text-3xl font-bold text-stone-900">{formatCents(plan.amountCents, SHOP_CURRENCY, locale)}</span>{" "}
        <span className="text-sm text-stone-600">{t(`cadence.${plan.id}`)}</span>
      </p>
      <p className="text-sm text-stone-700">
        {t("perMonth", { amount: formatCents(effectiveMonthlyCents(plan), SHOP_CURRENCY, locale) })}
        {saving > 0 ? <span className="font-semibold text-leaf-700"> · {t("saving", { percent: saving })}</span> : null}
      </p>
      <ul className="flex flex-col gap-1 text-sm text-stone-700">
        {BENEFITS.map((benefit) => (
          <li key={benefit}>✓ {t(`benefits.${benefit}`)}</li>
        ))}
      </ul>
      <div className="mt-auto">{children}</div>
    </article>
  );
}
