import Link from "next/link";
import { StatusBadge, statusLabel } from "@/components/admin/badge";
import { AdminList } from "@/components/admin/admin-list";
import { adminListPage } from "@/components/admin/admin-list-page";
import { FilterSearch, FilterSelect, td, tdRight } from "@/components/admin/ui";
import { fulfilmentStatuses, orderStatuses } from "@/db/schema";
import { FULFILMENT_LABELS } from "@/lib/orders/fulfilment";
import { formatUtc } from "@/lib/admin/format";
import { listAdminOrders } from "@/lib/admin/orders";
import { oneOf, param } from "@/lib/admin/params";
import { formatCents } from "@/lib/money/format";

export const metadata = { title: "Orders" };

export default adminListPage((params) => ({ status: oneOf(params, "status", orderStatuses), fulfilment: oneOf(params, "fulfilment", fulfilmentStatuses), q: param(params, "q") }), listAdminOrders, ({ filters, result }) => (
  <AdminList
    title="Orders"
    description="Newest first. Search by email, PaymentIntent (pi_…) or order id. Times are UTC."
    filters={
      <>
        <FilterSearch label="Search orders" name="q" value={filters.q} placeholder="Email, pi_… or order id" />
        <FilterSelect label="Status" name="status" value={filters.status} any="Any status" options={orderStatuses.map((value) => ({ value, label: `${statusLabel(value)} (${result.statusCounts[value] ?? 0})` }))} />
        <FilterSelect label="Fulfilment" name="fulfilment" value={filters.fulfilment} any="Any fulfilment" options={fulfilmentStatuses.map((value) => ({ value, label: FULFILMENT_LABELS[value] }))} />
      </>
    }
    columns={[{ label: "Order" }, { label: "Customer" }, { label: "Status" }, { label: "Fulfilment" }, { label: "Items", align: "right" }, { label: "Total", align: "right" }, { label: "Refunded", align: "right" }, { label: "Payment" }]}
    empty="No orders match."
    list={result}
    row={(order) => (
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
    )}
    basePath="/admin/orders"
    params={filters}
    noun="order"
  />
));
