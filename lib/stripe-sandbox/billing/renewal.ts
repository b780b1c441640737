import type { Executor } from "../context";
import { emitEvent } from "../events";
import { putObject } from "../store";
import { requirePrice } from "../resources/prices";
import { phaseAt, releaseSchedule, requireSchedule } from "../resources/subscription-schedules";
import { announce, withItem } from "../resources/subscription-records";
import type { SandboxSubscription, SandboxSubscriptionItem } from "../resources/subscription-types";
import { collectInvoice, openPeriodInvoice } from "./collection";
import { endSubscription } from "./ending";
import { nextPeriodEnd, sameBillingPeriod, type Recurring } from "./periods";

// The period advance: at a period's end the subscription moves to the next one, taking the
// price of the schedule phase that starts then (or ending with its schedule), and bills it.

/** Starts the next period at `at` (its previous end), applying a scheduled price change, then bills it. */
export async function renew(subscription: SandboxSubscription, at: number, executor: Executor) {
  const now = at * 1000;
  const item = subscription.items.data[0];
  let price = item.price;
  let anchor = subscription.billing_cycle_anchor;
  let scheduleId = subscription.schedule;
  if (subscription.schedule) {
    const schedule = await requireSchedule(subscription.schedule, executor);
    const phase = phaseAt(schedule, at);
    if (!phase) {
      if (schedule.end_behavior === "cancel") {
        await endSubscription(subscription, "cancellation_requested", executor, now, at);
        return;
      }
      await releaseSchedule(schedule, executor, now);
      scheduleId = null;
    } else {
      if (phase.items[0].price !== price.id) {
        price = await requirePrice(phase.items[0].price, executor);
        if (!sameBillingPeriod(price.recurring, item.price.recurring)) anchor = at;
      }
      const moved = { ...schedule, current_phase: { start_date: phase.start_date, end_date: phase.end_date } };
      await putObject(moved, executor);
      await emitEvent("subscription_schedule.updated", moved, { current_phase: schedule.current_phase }, executor);
    }
  }
  const nextItem: SandboxSubscriptionItem = {
    ...item,
    price,
    current_period_start: at,
    current_period_end: nextPeriodEnd(anchor, at, price.recurring as Recurring),
  };
  let renewed: SandboxSubscription = { ...withItem(subscription, nextItem), billing_cycle_anchor: anchor, schedule: scheduleId };
  const invoice = await openPeriodInvoice(renewed, "subscription_cycle", executor, now);
  renewed = await putObject<SandboxSubscription>({ ...renewed, latest_invoice: invoice.id }, executor);
  const previous: Record<string, unknown> = { items: { ...subscription.items, data: [item] }, latest_invoice: subscription.latest_invoice };
  if (anchor !== subscription.billing_cycle_anchor) previous.billing_cycle_anchor = subscription.billing_cycle_anchor;
  if (scheduleId !== subscription.schedule) previous.schedule = subscription.schedule;
  await announce("customer.subscription.updated", renewed, previous, executor);
  await collectInvoice(invoice.id, executor, now);
}

