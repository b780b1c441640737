import Link from "next/link";
import { StatusBadge } from "@/components/admin/badge";
import { AdminList } from "@/components/admin/admin-list";
import { adminListPage } from "@/components/admin/admin-list-page";
import { ReplayButton } from "@/components/admin/replay-button";
import { FilterSelect, FoldedCell, td } from "@/components/admin/ui";
import { formatUtc } from "@/lib/admin/format";
import { oneOf, param } from "@/lib/admin/params";
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

export default adminListPage((params) => ({ type: param(params, "type"), status: oneOf(params, "status", webhookStatuses) }), listWebhookEvents, ({ filters, result }) => (
  <AdminList
    title="Webhook events"
    description="Every Stripe event received, newest first. Replaying runs the event's handler again; handlers are idempotent, so a processed event changes nothing."
    filters={
      <>
        <FilterSelect label="Type" name="type" value={filters.type} any="Any type" options={result.types.map((value) => ({ value, label: value }))} />
        <FilterSelect label="Status" name="status" value={filters.status} any="Any status" options={webhookStatuses.map((value) => ({ value, label: value }))} />
      </>
    }
    columns={[{ label: "Event" }, { label: "Status" }, { label: "Received" }, { label: "Processed" }, { label: "Attempts", align: "right" }, { label: "Details" }, { label: "Actions", hidden: true }]}
    empty="No events match."
    list={result}
    row={(event) => (
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
        <FoldedCell error={event.error} summary="Payload">
          <pre className="mt-1 max-h-80 max-w-md overflow-auto rounded bg-stone-900 p-2 text-[11px] leading-snug text-stone-100">{prettyPayload(event.payload)}</pre>
        </FoldedCell>
        <td className={`${td} text-right`}>
          <ReplayButton eventId={event.id} action={replayWebhook} />
        </td>
      </tr>
    )}
    basePath="/admin/webhooks"
    params={filters}
    noun="event"
  />
));
