import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge, statusLabel } from "@/components/admin/badge";
import { Pagination } from "@/components/admin/pagination";
import { AdminTable, FilterForm, FilterSearch, FilterSelect, PageHeader, td, tdRight } from "@/components/admin/ui";
import { fulfilmentStatuses, orderStatuses } from "@/db/schema";
import { FULFILMENT_LABELS } from "@/lib/orders/fulfilment";
import { formatUtc } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { listAdminOrders } from "@/lib/admin/orders";
import { oneOf, pageParam, param, type SearchParams } from "@/lib/admin/params";
import { formatCents } from "@/lib/money/format";

export const metadata = { title: "Orders" };

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin();
  const params = await searchParams;
  const status = oneOf(params, "status", orderStatuses);
  const fulfilment = oneOf(params, "fulfilment", fulfilmentStatuses);
  const q = param(params, "q");
  const result = await listAdminOrders(admin, { status, fulfilment, q, page: pageParam(params) });
  if (!result.ok) notFound();

  return (
    <div>
      <PageHeader title="Orders" description="Newest first. Search by email, PaymentIntent (pi_…) or order id. Times are UTC." />
      <FilterForm label="Filter orders">
        <FilterSearch label="Search orders" name="q" value={q} placeholder="Email, pi_… or order id" />
        <FilterSelect
          label="Status"
          name="status"
          value={status}
          options={[
            { value: "", label: "Any status" },
            ...orderStatuses.map((value) => ({ value, label: `${statusLabel(value)} (${result.statusCounts[value] ?? 0})` })),
          ]}
        />
        <FilterSelect
          label="Fulfilment"
          name="fulfilment"
          value={fulfilment}
          options={[{ value: "", label: "Any fulfilment" }, ...fulfilmentStatuses.map((value) => ({ value, label: FULFILMENT_LABELS[value] }))]}
        />
      </FilterForm>
      <AdminTable
        caption="Orders"
        columns={[{ label: "Order" }, { label: "Customer" }, { label: "Status" }, { label: "Fulfilment" }, { label: "Items", align: "right" }, { label: "Total", align: "right" }, { label: "Refunded", align: "right" }, { label: "Payment" }]}
        isEmpty={result.rows.length === 0}
        empty="No orders match."
      >
        {result.rows.map((order) => (
          <tr key={order.id}>
            <td className={td}>
              <Link href={`/admin/orders/${order.id}`} className="font-mono text-xs font-semibold text-leaf-700 hover:underline">
                {order.id}
              </Link>
              <span className="block text-xs text-stone-600">{formatUtc(order.createdAt)}</span>
            </td>
            <td className={`${td} max-w-64 truncate`} title={order.email}>
              {order.email}
            </td>
            <td className={td}>
              <StatusBadge status={order.status} />
            </td>
            <td className={td}>{order.status === "pending" || order.status === "failed" || order.status === "canceled" ? "—" : FULFILMENT_LABELS[order.fulfilment]}</td>
            <td className={tdRight}>{order.itemCount}</td>
            <td className={tdRight}>{formatCents(order.totalCents)}</td>
            <td className={tdRight}>{order.refundedCents ? formatCents(order.refundedCents) : "—"}</td>
            <td className={`${td} font-mono text-xs`}>{order.paymentIntentId ?? "—"}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination basePath="/admin/orders" params={{ q, status, fulfilment }} page={result.page} pages={result.pages} total={result.total} noun="order" />
    </div>
  );
}
