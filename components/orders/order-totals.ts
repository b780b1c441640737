import type { SummaryRow } from "@/components/orders/summary-list";
import { formatCents } from "@/lib/money/format";

type Totals = { subtotalCents: number; shippingCents: number; totalCents: number; refundedCents?: number };

/** Subtotal, shipping ("Free" at zero), total and, once anything is refunded, the refunded amount. */
export function orderTotalRows(totals: Totals, currency?: string, testIds?: { subtotal: string; shipping: string; total: string }): SummaryRow[] {
  const money = (cents: number) => formatCents(cents, currency);
  const rows: SummaryRow[] = [
    { label: "Subtotal", value: money(totals.subtotalCents), testId: testIds?.subtotal },
    { label: "Shipping", value: totals.shippingCents === 0 ? "Free" : money(totals.shippingCents), testId: testIds?.shipping },
    { label: "Total", value: money(totals.totalCents), tone: "total", testId: testIds?.total },
  ];
  if (totals.refundedCents) rows.push({ label: "Refunded", value: money(totals.refundedCents), tone: "refund" });
  return rows;
}
