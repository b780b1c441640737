import { useLocale, useTranslations } from "next-intl";
import { orderTotalRows, totalsText } from "@/components/orders/order-totals";
import { SummaryList } from "@/components/orders/summary-list";
import { ProductImage } from "@/components/shop/product-image";
import { FLAT_SHIPPING_CENTS, FREE_SHIPPING_FROM_CENTS, type OrderTotals } from "@/lib/checkout/pricing";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";

type SummaryLine = {
  key: string | number;
  name: string;
  quantity: number;
  unitPriceCents: number;
  /** The product's picture: its photo, or its category drawing. */
  product?: { id: number; name: string; image: string; photo: string | null };
};

/** Items and totals, all worked out on the server from the database. */
export function OrderSummary({ lines, totals, showRule = true }: { lines: readonly SummaryLine[]; totals: OrderTotals; showRule?: boolean }) {
  const t = useTranslations("OrderSummary");
  const receipt = useTranslations("Receipt");
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, SHOP_CURRENCY, locale);
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label={t("items")} className="flex flex-col divide-y divide-stone-100 text-sm">
        {lines.map((line) => (
          <li key={line.key} className="flex items-center justify-between gap-4 py-2">
            <span className="flex items-center gap-3">
              {line.product ? <ProductImage product={line.product} alt="" sizes="3rem" className="h-9 w-12 shrink-0 rounded-md bg-soil-100 object-cover" /> : null}
              <span>
                {line.name} <span className="text-stone-600">× {line.quantity}</span>
              </span>
            </span>
            <span className="tabular-nums">{money(line.unitPriceCents * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <SummaryList
        rows={orderTotalRows(totals, { text: totalsText(receipt), locale, testIds: { subtotal: "summary-subtotal", shipping: "summary-shipping", total: "summary-total" } })}
        className="gap-2 border-t border-stone-200 pt-3 text-sm"
      />
      {showRule ? <p className="text-xs text-stone-600">{t("rule", { flat: money(FLAT_SHIPPING_CENTS), free: money(FREE_SHIPPING_FROM_CENTS) })}</p> : null}
    </div>
  );
}
