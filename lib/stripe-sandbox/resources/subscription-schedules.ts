import { db, type Executor } from "../context";
import { toUnix } from "../clock";
import { invalidRequest, missingParam, resourceMissing } from "../errors";
import { emitEvent } from "../events";
import type { FormObject, FormValue } from "../form";
import { expansions, mergeMetadata, objectParam, stringParam, type DueWork, type SandboxRoute } from "../router";
import { getObjectOfType, newId, putObject, requireObjectOfType, type StoredObject } from "../store";
import { addPeriods, type Recurring } from "../billing/periods";
import { requirePrice } from "./prices";
import type { SandboxSubscription } from "./subscription-types";

/**
 * Subscription schedules: how Stripe changes a subscription at a future date, here used to
 * switch plans from the next billing period. A schedule made `from_subscription` starts with one
 * phase (the current period); later phases take effect when the subscription renews into them.
 */
export type SchedulePhase = {
  start_date: number;
  end_date: number;
  /** `plan` is the legacy name of the price, which Stripe still sends. */
  items: { price: string; plan: string; quantity: number; metadata: Record<string, string>; discounts: []; tax_rates: [] }[];
  proration_behavior: "none" | "create_prorations" | "always_invoice";
  metadata: Record<string, string>;
  currency: string;
};

export type SandboxSchedule = StoredObject & {
  object: "subscription_schedule";
  status: "not_started" | "active" | "completed" | "released" | "canceled";
  subscription: string | null;
  released_subscription: string | null;
  customer: string;
  end_behavior: "release" | "cancel";
  phases: SchedulePhase[];
  current_phase: { start_date: number; end_date: number } | null;
  metadata: Record<string, string>;
  created: number;
  released_at: number | null;
  canceled_at: number | null;
  completed_at: number | null;
};

export async function requireSchedule(id: string, executor: Executor = db) {
  return requireObjectOfType<SandboxSchedule>(id, "subscription_schedule", executor);
}

/** A schedule that can still be released or canceled (active or not started), or Stripe's 400. */
async function requireOpenSchedule(id: string, action: "release" | "cancel", executor: Executor) {
  const schedule = await requireSchedule(id, executor);
  if (schedule.status !== "active" && schedule.status !== "not_started") {
    throw invalidRequest(`You cannot ${action} a subscription schedule that is currently in the \`${schedule.status}\` status.`);
  }
  return schedule;
}

export function phaseAt(schedule: SandboxSchedule, at: number): SchedulePhase | undefined {
  return schedule.phases.find((phase) => phase.start_date <= at && at < phase.end_date);
}

/** Detaches a schedule from its subscription (end_behavior `release`, or the release endpoint). */
export async function releaseSchedule(schedule: SandboxSchedule, executor: Executor, now: number): Promise<SandboxSchedule> {
  const released: SandboxSchedule = {
    ...schedule,
    status: "released",
    released_at: toUnix(now),
    released_subscription: schedule.subscription,
    subscription: null,
    current_phase: null,
  };
  await putObject(released, executor);
  await emitEvent("subscription_schedule.released", released, { status: schedule.status }, executor);
  return released;
}

/** A canceled subscription takes its schedule with it. */
export async function cancelScheduleOf(subscription: SandboxSubscription, executor: Executor, now: number) {
  if (!subscription.schedule) return;
  const schedule = await getObjectOfType<SandboxSchedule>(subscription.schedule, "subscription_schedule", executor);
  if (!schedule || schedule.status !== "active") return;
  const canceled: SandboxSchedule = { ...schedule, status: "canceled", canceled_at: toUnix(now), current_phase: null };
  await putObject(canceled, executor);
  await emitEvent("subscription_schedule.canceled", canceled, { status: schedule.status }, executor);
}

function phaseItems(value: FormValue | undefined, param: string) {
  if (!Array.isArray(value) || value.length === 0) throw missingParam(`${param}[items]`);
  return value.map((item, index) => {
    if (typeof item !== "object" || Array.isArray(item) || typeof item.price !== "string") throw missingParam(`${param}[items][${index}][price]`);
    const quantity = typeof item.quantity === "string" ? Number(item.quantity) : 1;
    if (quantity !== 1) throw invalidRequest("The sandbox bills one unit per subscription item.", `${param}[items][${index}][quantity]`);
    return { price: item.price, plan: item.price, quantity: 1, metadata: {}, discounts: [] as [], tax_rates: [] as [] };
  });
}

function numberField(value: FormValue | undefined, param: string): number | undefined {
  if (value === undefined) return undefined;
  const number = typeof value === "string" ? Number(value) : NaN;
  if (!Number.isInteger(number)) throw invalidRequest(`Invalid integer: ${param}`, param);
  return number;
}

/** Reads `phases[]`, filling each start from the previous end and each missing end from its price's interval. */
async function parsePhases(raw: FormValue | undefined, current: SandboxSchedule, executor: Executor): Promise<SchedulePhase[]> {
  if (!Array.isArray(raw) || raw.length === 0) throw missingParam("phases");
  const currentStart = current.current_phase?.start_date ?? current.phases[0]?.start_date;
  const phases: SchedulePhase[] = [];
  for (const [index, value] of raw.entries()) {
    const param = `phases[${index}]`;
    if (typeof value !== "object" || Array.isArray(value)) throw invalidRequest(`Invalid object: ${param}`, param);
    const items = phaseItems(value.items, param);
    const price = await requirePrice(items[0].price, executor, `${param}[items][0][price]`);
    const start = index === 0 ? (numberField(value.start_date, `${param}[start_date]`) ?? currentStart) : phases[index - 1].end_date;
    if (index === 0 && start !== currentStart) {
      throw invalidRequest("You can not modify the start date of the current phase.", `${param}[start_date]`);
    }
    let end = numberField(value.end_date, `${param}[end_date]`);
    const duration = typeof value.duration === "object" && !Array.isArray(value.duration) ? value.duration : undefined;
    if (end === undefined && duration) {
      const interval = duration.interval;
      if (interval !== "day" && interval !== "week" && interval !== "month" && interval !== "year") {
        throw invalidRequest("Invalid duration[interval]", `${param}[duration][interval]`);
      }
      end = addPeriods(start, { interval, interval_count: numberField(duration.interval_count, `${param}[duration][interval_count]`) ?? 1 }, 1);
    }
    if (end === undefined) {
      if (!price.recurring) throw invalidRequest("A phase needs a recurring price.", `${param}[items][0][price]`);
      end = addPeriods(start, price.recurring as Recurring, 1);
    }
    if (end <= start) throw invalidRequest("A phase must end after it starts.", `${param}[end_date]`);
    const proration = stringParam(value as FormObject, "proration_behavior") ?? "create_prorations";
    if (proration !== "none" && proration !== "create_prorations" && proration !== "always_invoice") {
      throw invalidRequest("Invalid proration_behavior", `${param}[proration_behavior]`);
    }
    phases.push({
      start_date: start,
      end_date: end,
      items,
      proration_behavior: proration,
      metadata: mergeMetadata({}, objectParam(value as FormObject, "metadata")),
      currency: price.currency,
    });
  }
  return phases;
}

type SubscriptionAccess = {
  get: (id: string, executor: Executor) => Promise<SandboxSubscription | undefined>;
  put: (subscription: SandboxSubscription, executor: Executor) => Promise<SandboxSubscription>;
  cancelNow: (subscription: SandboxSubscription, executor: Executor, now: number) => Promise<SandboxSubscription>;
  present: (subscription: SandboxSubscription, expand: string[], executor: Executor) => Promise<StoredObject>;
};

async function presentSchedule(schedule: SandboxSchedule, expand: string[], access: SubscriptionAccess) {
  if (!expand.includes("subscription") || !schedule.subscription) return schedule;
  const subscription = await access.get(schedule.subscription, db);
  return { ...schedule, subscription: subscription ? await access.present(subscription, [], db) : schedule.subscription };
}

export function scheduleRoutes(processDue: DueWork, access: SubscriptionAccess): SandboxRoute[] {
  return [
    {
      method: "POST",
      path: "/v1/subscription_schedules",
      handler: async ({ params, now }) => {
        await processDue(now);
        const fromSubscription = stringParam(params, "from_subscription");
        if (!fromSubscription) {
          throw invalidRequest("The sandbox creates schedules from an existing subscription: pass from_subscription.", "from_subscription");
        }
        return db.transaction(async (tx) => {
          const subscription = await access.get(fromSubscription, tx);
          if (!subscription) throw resourceMissing("subscription", fromSubscription, "from_subscription");
          if (subscription.schedule) {
            throw invalidRequest(`You cannot migrate a subscription that is already attached to a schedule: \`${subscription.schedule}\`.`, "from_subscription");
          }
          if (!["active", "past_due", "trialing"].includes(subscription.status)) {
            throw invalidRequest(`A subscription with status \`${subscription.status}\` cannot be moved to a schedule.`, "from_subscription");
          }
          const item = subscription.items.data[0];
          const schedule: SandboxSchedule = {
            id: newId("sub_sched"),
            object: "subscription_schedule",
            application: null,
            billing_mode: subscription.billing_mode,
            canceled_at: null,
            completed_at: null,
            created: toUnix(now),
            current_phase: { start_date: item.current_period_start, end_date: item.current_period_end },
            customer: subscription.customer,
            default_settings: {
              application_fee_percent: null,
              automatic_tax: { enabled: false, liability: null },
              billing_cycle_anchor: "automatic",
              billing_thresholds: null,
              collection_method: "charge_automatically",
              default_payment_method: null,
              description: null,
              invoice_settings: { account_tax_ids: null, days_until_due: null, issuer: { type: "self" } },
              on_behalf_of: null,
              transfer_data: null,
            },
            end_behavior: "release",
            livemode: false,
            metadata: mergeMetadata({}, objectParam(params, "metadata")),
            phases: [
              {
                start_date: item.current_period_start,
                end_date: item.current_period_end,
                items: [{ price: item.price.id, plan: item.price.id, quantity: 1, metadata: {}, discounts: [], tax_rates: [] }],
                proration_behavior: "create_prorations",
                metadata: {},
                currency: item.price.currency,
              },
            ],
            released_at: null,
            released_subscription: null,
            status: "active",
            subscription: subscription.id,
            test_clock: null,
          };
          await putObject(schedule, tx);
          await emitEvent("subscription_schedule.created", schedule, undefined, tx);
          const attached = await access.put({ ...subscription, schedule: schedule.id }, tx);
          await emitEvent("customer.subscription.updated", await access.present(attached, [], tx), { schedule: null }, tx);
          return schedule;
        });
      },
    },
    {
      method: "GET",
      path: "/v1/subscription_schedules/:id",
      handler: async ({ pathParams, params, now }) => {
        await processDue(now);
        return presentSchedule(await requireSchedule(pathParams.id), expansions(params), access);
      },
    },
    {
      method: "POST",
      path: "/v1/subscription_schedules/:id",
      handler: async ({ pathParams, params, now }) => {
        await processDue(now);
        return db.transaction(async (tx) => {
          const schedule = await requireSchedule(pathParams.id, tx);
          if (schedule.status !== "active" && schedule.status !== "not_started") {
            throw invalidRequest(`You cannot update a subscription schedule that is ${schedule.status}.`);
          }
          let phases = schedule.phases;
          if (params.phases !== undefined) {
            phases = await parsePhases(params.phases, schedule, tx);
            const subscription = schedule.subscription ? await access.get(schedule.subscription, tx) : undefined;
            if (subscription && phases[0].items[0].price !== subscription.items.data[0].price.id) {
              throw invalidRequest(
                "The sandbox changes prices at a phase boundary only: keep the current phase's price and add the change as a later phase.",
                "phases[0][items][0][price]",
              );
            }
          }
          const endBehavior = stringParam(params, "end_behavior") ?? schedule.end_behavior;
          if (endBehavior !== "release" && endBehavior !== "cancel") throw invalidRequest("Invalid end_behavior: must be release or cancel", "end_behavior");
          const updated: SandboxSchedule = {
            ...schedule,
            phases,
            end_behavior: endBehavior,
            metadata: mergeMetadata(schedule.metadata, objectParam(params, "metadata")),
            current_phase: phases[0] ? { start_date: phases[0].start_date, end_date: phases[0].end_date } : null,
          };
          await putObject(updated, tx);
          await emitEvent("subscription_schedule.updated", updated, { phases: schedule.phases, end_behavior: schedule.end_behavior }, tx);
          return presentSchedule(updated, expansions(params), access);
        });
      },
    },
    {
      method: "POST",
      path: "/v1/subscription_schedules/:id/release",
      handler: async ({ pathParams, now }) =>
        db.transaction(async (tx) => {
          const schedule = await requireOpenSchedule(pathParams.id, "release", tx);
          const released = await releaseSchedule(schedule, tx, now);
          const subscription = schedule.subscription ? await access.get(schedule.subscription, tx) : undefined;
          if (subscription) {
            const detached = await access.put({ ...subscription, schedule: null }, tx);
            await emitEvent("customer.subscription.updated", await access.present(detached, [], tx), { schedule: schedule.id }, tx);
          }
          return released;
        }),
    },
    {
      method: "POST",
      path: "/v1/subscription_schedules/:id/cancel",
      handler: async ({ pathParams, now }) =>
        db.transaction(async (tx) => {
          const schedule = await requireOpenSchedule(pathParams.id, "cancel", tx);
          const subscription = schedule.subscription ? await access.get(schedule.subscription, tx) : undefined;
          if (subscription) await access.cancelNow(subscription, tx, now);
          const canceled: SandboxSchedule = { ...(await requireSchedule(schedule.id, tx)), status: "canceled", canceled_at: toUnix(now), current_phase: null };
          return putObject(canceled, tx);
        }),
    },
  ];
}
