export type SummaryRow = {
  label: string;
  value: string | number;
  /** `total` is the emphasised last line; `refund` is the refunded amount under it. */
  tone?: "total" | "refund";
  testId?: string;
};

const rowClass = { total: "text-base font-semibold", refund: "text-sky-900" } as const;

/** Label–amount lines under a list of items: the cart's subtotal, checkout's summary, a receipt's totals. */
export function SummaryList({ rows, className }: { rows: readonly SummaryRow[]; className: string }) {
  return (
    <dl className={`flex flex-col ${className}`}>
      {rows.map((row) => (
        <div key={row.label} className={`flex justify-between ${row.tone ? rowClass[row.tone] : ""}`}>
          <dt className={row.tone ? undefined : "text-stone-600"}>{row.label}</dt>
          <dd className="tabular-nums" data-testid={row.testId}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
