import { notFound } from "next/navigation";
import { Badge, StatusBadge, statusLabel } from "@/components/admin/badge";
import { Pagination } from "@/components/admin/pagination";
import { AdminTable, FilterForm, FilterSelect, PageHeader, td } from "@/components/admin/ui";
import { formatUtc, formatUtcDate } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { oneOf, pageParam, type SearchParams } from "@/lib/admin/params";
import { listAdminSubscriptions, subscriptionStatuses } from "@/lib/admin/subscriptions";
import { planIds } from "@/db/schema";

export const metadata = { title: "Subscriptions" };

const planNames = { monthly: "Monthly", quarterly: "Quarterly", annual: "Annual" } as const;

export default async function AdminSubscriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin();
  const params = await searchParams;
  const status = oneOf(params, "status", subscriptionStatuses);
  const plan = oneOf(params, "plan", planIds);
  const result = await listAdminSubscriptions(admin, { status, plan, page: pageParam(params) });
  if (!result.ok) notFound();
  const counts = Object.entries(result.statusCounts);

  return (
    <div>
      <PageHeader title="Subscriptions" description="Synced from Stripe by webhooks.">
        {counts.length ? (
          <p className="flex flex-wrap gap-2 text-xs text-stone-600" aria-label="Subscriptions by status">
            {counts.map(([name, n]) => (
              <span key={name}>
                {statusLabel(name)}: <strong className="tabular-nums">{n}</strong>
              </span>
            ))}
          </p>
        ) : null}
      </PageHeader>
      <FilterForm label="Filter subscriptions">
        <FilterSelect
          label="Status"
          name="status"
          value={status}
          options={[{ value: "", label: "Any status" }, ...subscriptionStatuses.map((value) => ({ value, label: statusLabel(value) }))]}
        />
        <FilterSelect
          label="Plan"
          name="plan"
          value={plan}
          options={[{ value: "", label: "Any plan" }, ...planIds.map((value) => ({ value, label: planNames[value] }))]}
        />
      </FilterForm>
      <AdminTable
        caption="Subscriptions"
        columns={[{ label: "Customer" }, { label: "Plan" }, { label: "Status" }, { label: "Period ends" }, { label: "Renewal" }, { label: "Subscription" }, { label: "Started" }]}
        isEmpty={result.rows.length === 0}
        empty="No subscriptions match."
      >
        {result.rows.map((row) => (
          <tr key={row.id}>
            <td className={td}>{row.email}</td>
            <td className={td}>
              {planNames[row.plan]}
              {row.scheduledPlan && row.scheduledPlan !== row.plan ? (
                <span className="block text-xs text-stone-600">→ {planNames[row.scheduledPlan]} next period</span>
              ) : null}
            </td>
            <td className={td}>
              <StatusBadge status={row.status} />
            </td>
            <td className={td}>{formatUtcDate(row.currentPeriodEnd)}</td>
            <td className={td}>
              {row.status === "canceled" ? (
                <span className="text-xs text-stone-600">ended {formatUtcDate(row.canceledAt)}</span>
              ) : row.cancelAtPeriodEnd ? (
                <Badge tone="amber">cancels at period end</Badge>
              ) : ["active", "trialing", "past_due"].includes(row.status) ? (
                <Badge tone="green">renews</Badge>
              ) : (
                <span className="text-stone-600">—</span>
              )}
            </td>
            <td className={`${td} font-mono text-xs`}>{row.id}</td>
            <td className={`${td} text-xs text-stone-600`}>{formatUtc(row.createdAt)}</td>
          </tr>
        ))}
      </AdminTable>
      <Pagination basePath="/admin/subscriptions" params={{ status, plan }} page={result.page} pages={result.pages} total={result.total} noun="subscription" />
    </div>
  );
}
