import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/badge";
import { Pagination } from "@/components/admin/pagination";
import { AdminTable, FilterForm, FilterSearch, FilterSelect, PageHeader, td } from "@/components/admin/ui";
import { emailStatuses, listEmails } from "@/lib/admin/email-log";
import { formatUtc } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { oneOf, pageParam, param, type SearchParams } from "@/lib/admin/params";
import { env } from "@/lib/config/env";

export const metadata = { title: "Emails" };

export default async function AdminEmailsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin();
  const params = await searchParams;
  const status = oneOf(params, "status", emailStatuses);
  const to = param(params, "to");
  const result = await listEmails(admin, { status, to, page: pageParam(params) });
  if (!result.ok) notFound();
  const smtpConfigured = Boolean(env().SMTP_URL);

  return (
    <div>
      <PageHeader
        title="Emails"
        description={
          smtpConfigured
            ? "Every email the shop wrote, newest first. The sender delivers the outbox through SMTP_URL and retries failures with a growing delay."
            : "Every email the shop wrote, newest first. SMTP_URL is not set, so nothing is sent: emails stay in the outbox (and are printed to the server console in development)."
        }
      />
      <FilterForm label="Filter emails">
        <FilterSearch label="To" name="to" value={to} placeholder="someone@example.com" />
        <FilterSelect label="Status" name="status" value={status} options={[{ value: "", label: "Any status" }, ...emailStatuses.map((value) => ({ value, label: value }))]} />
      </FilterForm>
      <AdminTable
        caption="Emails"
        columns={[{ label: "To" }, { label: "Subject" }, { label: "Status" }, { label: "Written" }, { label: "Sent" }, { label: "Attempts", align: "right" }, { label: "Body" }]}
        isEmpty={result.rows.length === 0}
        empty="No emails match."
      >
        {result.rows.map((email) => (
          <tr key={email.id}>
            <td className={`${td} break-all`}>{email.to}</td>
            <td className={td}>{email.subject}</td>
            <td className={td}>
              <StatusBadge status={email.status} />
              {email.status === "outbox" && !smtpConfigured ? <span className="mt-1 block text-xs text-stone-600">not sent: no SMTP_URL</span> : null}
            </td>
            <td className={`${td} text-xs`}>{formatUtc(email.createdAt)}</td>
            <td className={`${td} text-xs`}>{formatUtc(email.sentAt)}</td>
            <td className={`${td} text-right tabular-nums`}>{email.attempts}</td>
            <td className="max-w-md px-3 py-2 align-top text-xs">
              {email.lastError ? <p className="mb-1 whitespace-pre-wrap break-words text-red-700">{email.lastError}</p> : null}
              <details>
                <summary className="cursor-pointer text-stone-600">Body</summary>
                <pre className="mt-1 max-h-80 max-w-md overflow-auto whitespace-pre-wrap rounded bg-stone-50 p-2 text-[11px] leading-snug text-stone-900">{email.text}</pre>
              </details>
            </td>
          </tr>
        ))}
      </AdminTable>
      <Pagination basePath="/admin/emails" params={{ to, status }} page={result.page} pages={result.pages} total={result.total} noun="email" />
    </div>
  );
}
