import { useLocale, useTranslations } from "next-intl";
import { FLAT_SHIPPING_CENTS, FREE_SHIPPING_FROM_CENTS, type OrderTotals } from "@/lib/checkout/pricing";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";

type SummaryLine = { key: string | number; name: string; quantity: number; unitPriceCents: number };

/** Items and totals, all worked out on the server from the database. */
export function OrderSummary({ lines, totals, showRule = true }: { lines: readonly SummaryLine[]; totals: OrderTotals; showRule?: boolean }) {
  const t = useTranslations("OrderSummary");
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, SHOP_CURRENCY, locale);
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label={t("items")} className="flex flex-col divide-y divide-stone-100 text-sm">
        {lines.map((line) => (
          <li key={line.key} className="flex justify-between gap-4 py-2">
            <span>
              {line.name} <span className="text-stone-600">× {line.quantity}</span>
            </span>
            <span className="tabular-nums">{money(line.unitPriceCents * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-2 border-t border-stone-200 pt-3 text-sm">
        <div className="flex justify-between">
          <dt className="text-stone-600">{t("subtotal")}</dt>
          <dd className="tabular-nums" data-testid="summary-subtotal">
            {money(totals.subtotalCents)}
          </dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-stone-600">{t("shipping")}</dt>
          <dd className="tabular-nums" data-testid="summary-shipping">
            {totals.shippingCents === 0 ? t("free") : money(totals.shippingCents)}
          </dd>
        </div>
        <div className="flex justify-between text-base font-semibold">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="summary-total">
            {money(totals.totalCents)}
          </dd>
        </div>
      </dl>
      {showRule ? <p className="text-xs text-stone-600">{t("rule", { flat: money(FLAT_SHIPPING_CENTS), free: money(FREE_SHIPPING_FROM_CENTS) })}</p> : null}
    </div>
  );
}
