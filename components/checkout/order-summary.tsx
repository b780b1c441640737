import { ProductImage } from "@/components/shop/product-image";
import { SHIPPING_RULE, type OrderTotals } from "@/lib/checkout/pricing";
import { formatCents } from "@/lib/money/format";

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
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label="Items" className="flex flex-col divide-y divide-stone-100 text-sm">
        {lines.map((line) => (
          <li key={line.key} className="flex items-center justify-between gap-4 py-2">
            <span className="flex items-center gap-3">
              {line.product ? <ProductImage product={line.product} alt="" sizes="3rem" className="h-9 w-12 shrink-0 rounded-md bg-soil-100 object-cover" /> : null}
              <span>
                {line.name} <span className="text-stone-600">× {line.quantity}</span>
              </span>
            </span>
            <span className="tabular-nums">{formatCents(line.unitPriceCents * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-2 border-t border-stone-200 pt-3 text-sm">
        <div className="flex justify-between">
          <dt className="text-stone-600">Subtotal</dt>
          <dd className="tabular-nums" data-testid="summary-subtotal">
            {formatCents(totals.subtotalCents)}
          </dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-stone-600">Shipping</dt>
          <dd className="tabular-nums" data-testid="summary-shipping">
            {totals.shippingCents === 0 ? "Free" : formatCents(totals.shippingCents)}
          </dd>
        </div>
        <div className="flex justify-between text-base font-semibold">
          <dt>Total</dt>
          <dd className="tabular-nums" data-testid="summary-total">
            {formatCents(totals.totalCents)}
          </dd>
        </div>
      </dl>
      {showRule ? <p className="text-xs text-stone-600">{SHIPPING_RULE}</p> : null}
    </div>
  );
}
