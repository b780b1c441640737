import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "../context";
import { toUnix } from "../clock";
import { sandboxObjects } from "../tables";
import { getInvoice } from "../resources/invoices";
import { getSubscription, LIVE_STATUSES } from "../resources/subscription-records";
import type { SandboxSubscription } from "../resources/subscription-types";
import { collectInvoice } from "./collection";
import { endSubscription, expireIncomplete, INCOMPLETE_EXPIRY_SECONDS } from "./ending";
import { renew } from "./renewal";

type DueAction = { at: number; run: (executor: Executor) => Promise<void> };

/** The earliest thing the billing clock owes this subscription, if any. */
async function nextAction(subscription: SandboxSubscription, executor: Executor): Promise<DueAction | undefined> {
  if (subscription.status === "incomplete") {
    const at = subscription.created + INCOMPLETE_EXPIRY_SECONDS;
    return { at, run: (tx) => expireIncomplete(subscription, tx, at * 1000) };
  }
  if (!["active", "trialing", "past_due"].includes(subscription.status)) return undefined;
  const periodEnd = subscription.items.data[0].current_period_end;
  const endsAt = subscription.cancel_at_period_end ? periodEnd : subscription.cancel_at !== null && subscription.cancel_at <= periodEnd ? subscription.cancel_at : null;
  const actions: DueAction[] = [
    endsAt !== null
      ? { at: endsAt, run: async (tx) => void (await endSubscription(subscription, "cancellation_requested", tx, endsAt * 1000, endsAt)) }
      : { at: periodEnd, run: (tx) => renew(subscription, periodEnd, tx) },
  ];
  if (subscription.status === "past_due" && subscription.latest_invoice) {
    const invoice = await getInvoice(subscription.latest_invoice, executor);
    const retryAt = invoice?.status === "open" ? invoice.next_payment_attempt : null;
    if (invoice && retryAt !== null) actions.push({ at: retryAt, run: (tx) => collectInvoice(invoice.id, tx, retryAt * 1000) });
  }
  return actions.sort((a, b) => a.at - b.at)[0];
}

/**
 * Runs everything the sandbox clock says is due: renewals, retries, cancellations at period end
 * and expiries, each at its own time and in order, each in one transaction that re-reads the
 * subscription, so concurrent callers never renew twice.
 */
export async function processDueBilling(now: number): Promise<number> {
  const until = toUnix(now);
  const rows = await db
    .select({ id: sandboxObjects.id })
    .from(sandboxObjects)
    .where(and(eq(sandboxObjects.object, "subscription"), inArray(sql`json_extract(${sandboxObjects.data}, '$.status')`, LIVE_STATUSES)));
  let processed = 0;
  for (const { id } of rows) {
    for (let step = 0; step < 500; step++) {
      // A cheap read first: most requests find nothing due and take no write lock.
      const current = await getSubscription(id);
      const due = current ? await nextAction(current, db) : undefined;
      if (!due || due.at > until) break;
      const ran = await db.transaction(async (tx) => {
        const subscription = await getSubscription(id, tx);
        const action = subscription ? await nextAction(subscription, tx) : undefined;
        if (!action || action.at > until) return false;
        await action.run(tx);
        return true;
      });
      if (!ran) break;
      processed += 1;
    }
  }
  return processed;
}
