import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/badge";
import { Pagination } from "@/components/admin/pagination";
import { ReplayButton } from "@/components/admin/replay-button";
import { AdminTable, FilterForm, FilterSelect, PageHeader, td } from "@/components/admin/ui";
import { formatUtc } from "@/lib/admin/format";
import { requireAdmin } from "@/lib/admin/guard";
import { oneOf, pageParam, param, type SearchParams } from "@/lib/admin/params";
import { listWebhookEvents, webhookStatuses } from "@/lib/admin/webhook-log";
import { replayWebhook } from "@/app/admin/webhooks/actions";

export const metadata = { title: "Webhook events" };

function prettyPayload(payload: string) {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

export default async function AdminWebhooksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdmin();
  const params = await searchParams;
  const type = param(params, "type");
  const status = oneOf(params, "status", webhookStatuses);
  const result = await listWebhookEvents(admin, { type, status, page: pageParam(params) });
  if (!result.ok) notFound();

  return (
    <div>
      <PageHeader
        title="Webhook events"
        description="Every Stripe event received, newest first. Replaying runs the event's handler again; handlers are idempotent, so a processed event changes nothing."
      />
      <FilterForm label="Filter webhook events">
        <FilterSelect label="Type" name="type" value={type} options={[{ value: "", label: "Any type" }, ...result.types.map((value) => ({ value, label: value }))]} />
        <FilterSelect label="Status" name="status" value={status} options={[{ value: "", label: "Any status" }, ...webhookStatuses.map((value) => ({ value, label: value }))]} />
      </FilterForm>
      <AdminTable
        caption="Webhook events"
        columns={[{ label: "Event" }, { label: "Status" }, { label: "Received" }, { label: "Processed" }, { label: "Attempts", align: "right" }, { label: "Details" }, { label: "Actions", hidden: true }]}
        isEmpty={result.rows.length === 0}
        empty="No events match."
      >
        {result.rows.map((event) => (
          <tr key={event.id}>
            <td className={td}>
              <span className="font-medium">{event.type}</span>
              <span className="block font-mono text-xs text-stone-600">{event.id}</span>
              {event.objectId?.startsWith("pi_") ? (
                <Link href={`/admin/orders?q=${event.objectId}`} className="block font-mono text-xs text-leaf-700 hover:underline">
                  {event.objectId}
                </Link>
              ) : event.objectId ? (
                <span className="block font-mono text-xs text-stone-600">{event.objectId}</span>
              ) : null}
            </td>
            <td className={td}>
              <StatusBadge status={event.status} />
            </td>
            <td className={`${td} text-xs`}>{formatUtc(event.receivedAt)}</td>
            <td className={`${td} text-xs`}>{formatUtc(event.processedAt)}</td>
            <td className={`${td} text-right tabular-nums`}>{event.attempts}</td>
            <td className="max-w-md px-3 py-2 align-top text-xs">
              {event.error ? <p className="mb-1 whitespace-pre-wrap break-words text-red-700">{event.error}</p> : null}
              <details>
                <summary className="cursor-pointer text-stone-600">Payload</summary>
                <pre className="mt-1 max-h-80 max-w-md overflow-auto rounded bg-stone-900 p-2 text-[11px] leading-snug text-stone-100">
                  {prettyPayload(event.payload)}
                </pre>
              </details>
            </td>
            <td className={`${td} text-right`}>
              <ReplayButton eventId={event.id} action={replayWebhook} />
            </td>
          </tr>
        ))}
      </AdminTable>
      <Pagination basePath="/admin/webhooks" params={{ type, status }} page={result.page} pages={result.pages} total={result.total} noun="event" />
    </div>
  );
}
