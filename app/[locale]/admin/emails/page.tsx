import { StatusBadge } from "@/components/admin/badge";
import { AdminList } from "@/components/admin/admin-list";
import { adminListPage } from "@/components/admin/admin-list-page";
import { FilterSearch, FilterSelect, FoldedCell, td } from "@/components/admin/ui";
import { emailStatuses, listEmails } from "@/lib/admin/email-log";
import { formatUtc } from "@/lib/admin/format";
import { oneOf, param } from "@/lib/admin/params";
import { env } from "@/lib/config/env";

export const metadata = { title: "Emails" };

export default adminListPage((params) => ({ status: oneOf(params, "status", emailStatuses), to: param(params, "to") }), listEmails, ({ filters, result }) => {
  const smtpConfigured = Boolean(env().SMTP_URL);

  return (
    <AdminList
      title="Emails"
      description={
        smtpConfigured
          ? "Every email the shop wrote, newest first. The sender delivers the outbox through SMTP_URL and retries failures with a growing delay."
          : "Every email the shop wrote, newest first. SMTP_URL is not set, so nothing is sent: emails stay in the outbox (and are printed to the server console in development)."
      }
      filters={
        <>
          <FilterSearch label="To" name="to" value={filters.to} placeholder="someone@example.com" />
          <FilterSelect label="Status" name="status" value={filters.status} any="Any status" options={emailStatuses.map((value) => ({ value, label: value }))} />
        </>
      }
      columns={[{ label: "To" }, { label: "Subject" }, { label: "Status" }, { label: "Written" }, { label: "Sent" }, { label: "Attempts", align: "right" }, { label: "Body" }]}
      empty="No emails match."
      list={result}
      row={(email) => (
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
          <FoldedCell error={email.lastError} summary="Body">
            <pre className="mt-1 max-h-80 max-w-md overflow-auto whitespace-pre-wrap rounded bg-stone-50 p-2 text-[11px] leading-snug text-stone-900">{email.text}</pre>
          </FoldedCell>
        </tr>
      )}
      basePath="/admin/emails"
      params={filters}
      noun="email"
    />
  );
});
