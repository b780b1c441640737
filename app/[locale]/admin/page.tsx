import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin/badge";
import { Alert } from "@/components/ui/alert";
import { RevenueChart } from "@/components/admin/revenue-chart";
import { AdminTable, EditProductLink, PageHeader, Stat, td, tdRight } from "@/components/admin/ui";
import { getDashboard } from "@/lib/admin/dashboard";
import { formatUtc } from "@/lib/admin/format";
import { LOW_STOCK } from "@/lib/catalog/stock";
import { requireAdmin } from "@/lib/admin/guard";
import { formatCents } from "@/lib/money/format";

export const metadata = { title: "Dashboard" };

const planNames = { monthly: "Monthly", quarterly: "Quarterly", annual: "Annual" } as const;

export default async function AdminDashboardPage() {
  const admin = await requireAdmin();
  const data = await getDashboard(admin);
  if (!data.ok) notFound();
  const activeSubscriptions = data.subscriptions.reduce((sum, s) => sum + s.active, 0);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Dashboard" description="Today and this month are UTC." />

      {data.shortages.length > 0 ? (
        <Alert tone="error">
          <p>
            <strong>Paid orders short of stock.</strong> A payment succeeded after its reservation had been released, and the units had been sold meanwhile. Restock or refund:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {data.shortages.map((short) => (
              <li key={short.orderId}>
                <Link className="font-medium underline" href={`/admin/orders/${short.orderId}`}>
                  Order {short.orderId}
                </Link>{" "}
                — {short.units} {short.units === 1 ? "unit" : "units"} short
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {data.failedRefunds.length > 0 ? (
        <Alert tone="error">
          <p>
            <strong>Refunds that failed.</strong> Stripe accepted these refunds and could not make them; the shoppers have not had the money back:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {data.failedRefunds.map((failure) => (
              <li key={`${failure.orderId}-${failure.at.getTime()}`}>
                <Link className="font-medium underline" href={`/admin/orders/${failure.orderId}`}>
                  Order {failure.orderId}
                </Link>{" "}
                — {failure.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <section aria-labelledby="to-fulfil-heading" className="flex flex-col gap-2">
        <h2 id="to-fulfil-heading" className="text-lg font-semibold">
          Waiting to be packed or shipped
        </h2>
        {data.toFulfil.length === 0 ? (
          <p className="text-sm text-stone-600">Every paid order has shipped.</p>
        ) : (
          <ol className="flex flex-col gap-1 text-sm" aria-label="Orders to fulfil, oldest first">
            {data.toFulfil.map((entry) => (
              <li key={entry.orderId}>
                <Link className="font-mono text-xs font-semibold text-leaf-700 underline" href={`/admin/orders/${entry.orderId}`}>
                  {entry.orderId}
                </Link>{" "}
                — {entry.fulfilment === "unfulfilled" ? "to pack" : "packed, to ship"}, paid {formatUtc(entry.paidAt)}
              </li>
            ))}
          </ol>
        )}
      </section>

      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Orders today" value={String(data.orders.today)} detail="created, any status" />
        <Stat label="Paid orders today" value={String(data.orders.paidToday)} detail="by time of payment" />
        <Stat label="Orders this month" value={String(data.orders.month)} detail="created, any status" />
        <Stat label="Paid orders this month" value={String(data.orders.paidMonth)} detail="by time of payment" />
      </dl>

      <RevenueChart days={data.revenue} totalCents={data.revenueTotalCents} />

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="subscriptions-heading" className="flex flex-col gap-3">
          <h2 id="subscriptions-heading" className="text-lg font-semibold">
            Active subscriptions
          </h2>
          <dl className="grid grid-cols-2 gap-3">
            <Stat label="Monthly recurring revenue" value={formatCents(data.mrrCents)} detail="Quarterly and annual plans spread per month" />
            <Stat label="Active subscriptions" value={String(activeSubscriptions)} detail={`${data.pastDue} past due (not counted)`} />
          </dl>
          <AdminTable caption="Active subscriptions by plan" columns={[{ label: "Plan" }, { label: "Active", align: "right" }, { label: "MRR", align: "right" }]}>
            {data.subscriptions.map((row) => (
              <tr key={row.plan}>
                <th scope="row" className={`${td} text-left font-medium`}>
                  <Link className="text-leaf-700 hover:underline" href={`/admin/subscriptions?plan=${row.plan}&status=active`}>
                    {planNames[row.plan]}
                  </Link>
                </th>
                <td className={tdRight}>{row.active}</td>
                <td className={tdRight}>{formatCents(row.mrrCents)}</td>
              </tr>
            ))}
          </AdminTable>
        </section>

        <section aria-labelledby="low-stock-heading" className="flex flex-col gap-3">
          <h2 id="low-stock-heading" className="text-lg font-semibold">
            Low stock (≤ {LOW_STOCK})
          </h2>
          <AdminTable
            caption={`Products with ${LOW_STOCK} or fewer units left`}
            columns={[{ label: "Product" }, { label: "Stock", align: "right" }, { label: "Actions", hidden: true }]}
            isEmpty={data.lowStock.length === 0}
            empty={`Every product has more than ${LOW_STOCK} units.`}
          >
            {data.lowStock.map((product) => (
              <tr key={product.id}>
                <td className={td}>
                  {product.name} {product.visible ? null : <Badge tone="grey">hidden</Badge>}
                </td>
                <td className={tdRight}>
                  {product.stock === 0 ? <Badge tone="red">sold out</Badge> : <span className="font-semibold text-amber-800">{product.stock}</span>}
                </td>
                <td className={`${td} text-right`}>
                  <EditProductLink product={product} />
                </td>
              </tr>
            ))}
          </AdminTable>
        </section>
      </div>
    </div>
  );
}
