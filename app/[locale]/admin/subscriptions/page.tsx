import { Badge, StatusBadge, statusLabel } from "@/components/admin/badge";
import { AdminList } from "@/components/admin/admin-list";
import { adminListPage } from "@/components/admin/admin-list-page";
import { FilterSelect, td } from "@/components/admin/ui";
import { formatUtc, formatUtcDate } from "@/lib/admin/format";
import { oneOf } from "@/lib/admin/params";
import { listAdminSubscriptions, subscriptionStatuses } from "@/lib/admin/subscriptions";
import { planIds } from "@/db/schema";

export const metadata = { title: "Subscriptions" };

const planNames = { monthly: "Monthly", quarterly: "Quarterly", annual: "Annual" } as const;

export default adminListPage((params) => ({ status: oneOf(params, "status", subscriptionStatuses), plan: oneOf(params, "plan", planIds) }), listAdminSubscriptions, ({ filters, result }) => {
  const counts = Object.entries(result.statusCounts);

  return (
    <AdminList
      title="Subscriptions"
      description="Synced from Stripe by webhooks."
      aside={
        counts.length ? (
          <p className="flex flex-wrap gap-2 text-xs text-stone-600" aria-label="Subscriptions by status">
            {counts.map(([name, n]) => (
              <span key={name}>
                {statusLabel(name)}: <strong className="tabular-nums">{n}</strong>
              </span>
            ))}
          </p>
        ) : null
      }
      filters={
        <>
          <FilterSelect label="Status" name="status" value={filters.status} any="Any status" options={subscriptionStatuses.map((value) => ({ value, label: statusLabel(value) }))} />
          <FilterSelect label="Plan" name="plan" value={filters.plan} any="Any plan" options={planIds.map((value) => ({ value, label: planNames[value] }))} />
        </>
      }
      columns={[{ label: "Customer" }, { label: "Plan" }, { label: "Status" }, { label: "Period ends" }, { label: "Renewal" }, { label: "Subscription" }, { label: "Started" }]}
      empty="No subscriptions match."
      list={result}
      row={(row) => (
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
      )}
      basePath="/admin/subscriptions"
      params={filters}
      noun="subscription"
    />
  );
});
