import type { SummaryRow } from "@/components/orders/summary-list";
import type { Locale } from "@/lib/i18n/locales";
import { formatCents } from "@/lib/money/format";

type Totals = { subtotalCents: number; shippingCents: number; totalCents: number; refundedCents?: number };

/** The words of a totals block, in the reader's language (the Receipt messages carry them all). */
export type TotalsText = { subtotal: string; shipping: string; free: string; total: string; refunded: string };
export type TotalsKey = keyof TotalsText;

export function totalsText(t: (key: TotalsKey) => string): TotalsText {
  return { subtotal: t("subtotal"), shipping: t("shipping"), free: t("free"), total: t("total"), refunded: t("refunded") };
}

/** Subtotal, shipping ("Free" at zero), total and, once anything is refunded, the refunded amount. */
export function orderTotalRows(
  totals: Totals,
  { text, currency, locale, testIds }: { text: TotalsText; currency?: string; locale?: Locale; testIds?: { subtotal: string; shipping: string; total: string } },
): SummaryRow[] {
  const money = (cents: number) => formatCents(cents, currency, locale);
  const rows: SummaryRow[] = [
    { label: text.subtotal, value: money(totals.subtotalCents), testId: testIds?.subtotal },
    { label: text.shipping, value: totals.shippingCents === 0 ? text.free : money(totals.shippingCents), testId: testIds?.shipping },
    { label: text.total, value: money(totals.totalCents), tone: "total", testId: testIds?.total },
  ];
  if (totals.refundedCents) rows.push({ label: text.refunded, value: money(totals.refundedCents), tone: "refund" });
  return rows;
}
