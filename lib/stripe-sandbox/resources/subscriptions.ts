import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "../context";
import { sandboxObjects } from "../tables";
import { toUnix } from "../clock";
import { invalidRequest, missingParam, resourceMissing, SandboxError } from "../errors";
import { emitEvent } from "../events";
import type { FormObject } from "../form";
import type { PaymentIntentChangeCause } from "../context";
import { expansions, mergeMetadata, objectParam, stringParam, type SandboxRoute } from "../router";
import { getObjectOfType, listResponse, newId, putObject, type StoredObject } from "../store";
import { DAY_SECONDS, nextPeriodEnd, sameBillingPeriod, type Recurring } from "./billing-periods";
import { requireCustomer, type SandboxCustomer } from "./customers";
import {
  createOpenInvoice,
  getInvoice,
  invoicePaymentIntentId,
  invoiceSubscriptionId,
  markInvoicePaid,
  paymentForPaymentIntent,
  presentInvoiceWithExpansions,
  recordInvoiceFailure,
  stopCollecting,
  voidInvoice,
  type BillingReason,
  type SandboxInvoice,
} from "./invoices";
import { cancelPaymentIntentRecord, confirmPaymentIntentRecord, createPaymentIntentRecord } from "./payment-intents";
import type { SandboxPaymentMethod } from "./payment-methods";
import { requirePrice, requireProduct, type SandboxPrice } from "./prices";
import { cancelScheduleOf, phaseAt, releaseSchedule, requireSchedule, type SandboxSchedule } from "./subscription-schedules";

/**
 * Subscriptions as Stripe Billing runs them (API version endive: billing periods live on the
 * items). `default_incomplete` starts `incomplete` with an open first invoice; paying it makes
 * the subscription `active`; unpaid for 23 hours it becomes `incomplete_expired`. At each period
 * end the sandbox renews: a new invoice charged off-session with the saved payment method. A
 * failed renewal makes the subscription `past_due` and is retried 3, 5 and 7 days after the
 * first attempt; when the last retry fails the subscription is canceled (Stripe's default
 * "cancel the subscription if all retries fail"), and its invoice is left open, past due.
 */
export const INCOMPLETE_EXPIRY_SECONDS = 23 * 60 * 60;
export const RENEWAL_RETRY_DAYS = [3, 5, 7] as const;

export type { SandboxSubscription, SandboxSubscriptionItem, SubscriptionStatus } from "./subscription-types";
import type { SandboxSubscription, SandboxSubscriptionItem, SubscriptionStatus } from "./subscription-types";

const LIVE_STATUSES: SubscriptionStatus[] = ["incomplete", "trialing", "active", "past_due"];
const ENDED_STATUSES: SubscriptionStatus[] = ["canceled", "incomplete_expired"];
const LIST_STATUSES = ["active", "all", "canceled", "ended", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"];

export async function getSubscription(id: string, executor: Executor = db) {
  return getObjectOfType<SandboxSubscription>(id, "subscription", executor);
}

export async function requireSubscription(id: string, executor: Executor = db, param = "id") {
  const subscription = await getSubscription(id, executor);
  if (!subscription) throw resourceMissing("subscription", id, param);
  return subscription;
}

function withItem(subscription: SandboxSubscription, item: SandboxSubscriptionItem): SandboxSubscription {
  return { ...subscription, items: { ...subscription.items, data: [item] } };
}

/** `latest_invoice` (with `confirmation_secret` / `payments`), `customer` and `schedule` expand, as on Stripe. */
export async function presentSubscription(subscription: SandboxSubscription, expand: string[], executor: Executor = db): Promise<StoredObject> {
  const shown: StoredObject = { ...subscription, items: { ...subscription.items, data: subscription.items.data.map((item) => ({ ...item, plan: planOf(item.price) })) } };
  const invoiceExpansions = expand.filter((path) => path.startsWith("latest_invoice.")).map((path) => path.slice("latest_invoice.".length));
  if ((expand.includes("latest_invoice") || invoiceExpansions.length > 0) && subscription.latest_invoice) {
    const invoice = await getInvoice(subscription.latest_invoice, executor);
    if (invoice) shown.latest_invoice = await presentInvoiceWithExpansions(invoice, invoiceExpansions, executor);
  }
  if (expand.includes("customer")) shown.customer = (await getObjectOfType<SandboxCustomer>(subscription.customer, "customer", executor)) ?? subscription.customer;
  if (expand.includes("schedule") && subscription.schedule) {
    shown.schedule = (await getObjectOfType<SandboxSchedule>(subscription.schedule, "subscription_schedule", executor)) ?? subscription.schedule;
  }
  if (expand.includes("items.data.price.product")) {
    const item = subscription.items.data[0];
    const product = await getObjectOfType<StoredObject>(item.price.product, "product", executor);
    shown.items = { ...subscription.items, data: [{ ...item, plan: planOf(item.price), price: { ...item.price, product: product ?? item.price.product } }] };
  }
  return shown;
}

/** The legacy Plan view of a recurring price, which Stripe still sends on every subscription item. */
function planOf(price: SandboxPrice) {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: String(price.unit_amount),
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

async function announce(type: string, subscription: SandboxSubscription, previous: Record<string, unknown> | undefined, executor: Executor) {
  await emitEvent(type, await presentSubscription(subscription, [], executor), previous, executor);
}

async function productName(price: SandboxPrice, executor: Executor) {
  return (await requireProduct(price.product, executor)).name;
}

/** Opens the invoice for one period with the PaymentIntent that will pay it. */
async function openPeriodInvoice(subscription: SandboxSubscription, reason: BillingReason, executor: Executor, now: number) {
  const item = subscription.items.data[0];
  const customer = await requireCustomer(subscription.customer);
  const paymentIntent = await createPaymentIntentRecord(
    {
      amount: item.price.unit_amount,
      currency: item.price.currency,
      customer: customer.id,
      description: reason === "subscription_create" ? "Subscription creation" : "Subscription update",
      setup_future_usage: subscription.payment_settings.save_default_payment_method === "on_subscription" ? "off_session" : undefined,
    },
    executor,
    now,
  );
  return createOpenInvoice(
    {
      subscriptionId: subscription.id,
      subscriptionItemId: item.id,
      subscriptionMetadata: subscription.metadata,
      customer,
      price: item.price,
      productName: await productName(item.price, executor),
      reason,
      period: { start: item.current_period_start, end: item.current_period_end },
      paymentIntent: { id: paymentIntent.id, client_secret: String(paymentIntent.client_secret) },
    },
    executor,
    now,
  );
}

async function offSessionPaymentMethod(subscription: SandboxSubscription, executor: Executor): Promise<string | null> {
  if (subscription.default_payment_method) return subscription.default_payment_method;
  const customer = await getObjectOfType<SandboxCustomer>(subscription.customer, "customer", executor);
  return customer?.invoice_settings.default_payment_method ?? null;
}

function retryAfter(invoice: SandboxInvoice, failedAttempts: number): number | null {
  const days = RENEWAL_RETRY_DAYS[failedAttempts - 1];
  const firstAttempt = invoice.status_transitions.finalized_at ?? invoice.created;
  return days === undefined ? null : firstAttempt + days * DAY_SECONDS;
}

/**
 * Charges an open invoice off-session with the saved payment method. Success is recorded by the
 * PaymentIntent listener (the same path as an on-session payment); a failure here schedules the
 * next retry, or cancels the subscription when there is none left.
 */
async function collectInvoice(invoiceId: string, executor: Executor, now: number) {
  const invoice = await getInvoice(invoiceId, executor);
  if (!invoice || invoice.status !== "open") return;
  const subscription = await requireSubscription(invoiceSubscriptionId(invoice), executor);
  const paymentMethod = await offSessionPaymentMethod(subscription, executor);
  const paymentIntentId = await invoicePaymentIntentId(invoice.id, executor);
  if (paymentMethod && paymentIntentId) {
    try {
      // Billing records this attempt's failure itself (below), with the next retry.
      await confirmPaymentIntentRecord(paymentIntentId, { paymentMethod, offSession: true, collectedByBilling: true }, executor, now);
    } catch (error) {
      if (!(error instanceof SandboxError) || error.status !== 402) throw error;
    }
  }
  const after = await getInvoice(invoiceId, executor);
  if (!after || after.status !== "open") return;
  await failCollection(after, executor, now);
}

async function failCollection(invoice: SandboxInvoice, executor: Executor, now: number) {
  const subscription = await requireSubscription(invoiceSubscriptionId(invoice), executor);
  const renewal = invoice.billing_reason !== "subscription_create";
  const nextAttempt = renewal ? retryAfter(invoice, invoice.attempt_count + 1) : null;
  const failed = await recordInvoiceFailure(invoice, nextAttempt, executor);
  if (!renewal || subscription.latest_invoice !== invoice.id) return;
  if (nextAttempt === null) {
    await stopCollecting(failed, executor);
    await endSubscription(subscription, "payment_failed", executor, now);
    return;
  }
  if (subscription.status === "active" || subscription.status === "trialing") {
    const pastDue = await putObject<SandboxSubscription>({ ...subscription, status: "past_due" }, executor);
    await announce("customer.subscription.updated", pastDue, { status: subscription.status }, executor);
  }
}

/** The listener the PaymentIntent resource calls on every status change (wired in createStripeSandbox). */
export async function onInvoicePaymentIntent(paymentIntent: StoredObject, executor: Executor, now: number, cause: PaymentIntentChangeCause) {
  const payment = await paymentForPaymentIntent(paymentIntent.id, executor);
  if (!payment) return;
  const invoice = await getInvoice(payment.invoice, executor);
  if (!invoice || invoice.status !== "open") return;

  if (paymentIntent.status === "succeeded") {
    await markInvoicePaid(invoice, paymentIntent.id, executor, now);
    const subscription = await getSubscription(invoiceSubscriptionId(invoice), executor);
    if (!subscription || ENDED_STATUSES.includes(subscription.status)) return;
    const previous: Record<string, unknown> = {};
    let next = subscription;
    const paymentMethod = typeof paymentIntent.payment_method === "string" ? paymentIntent.payment_method : null;
    if (paymentMethod && subscription.payment_settings.save_default_payment_method === "on_subscription" && subscription.default_payment_method !== paymentMethod) {
      previous.default_payment_method = subscription.default_payment_method;
      next = { ...next, default_payment_method: paymentMethod };
    }
    if (subscription.latest_invoice === invoice.id && ["incomplete", "past_due", "unpaid"].includes(subscription.status)) {
      previous.status = subscription.status;
      next = { ...next, status: "active" };
    }
    if (Object.keys(previous).length === 0) return;
    await putObject(next, executor);
    await announce("customer.subscription.updated", next, previous, executor);
    return;
  }

  if (paymentIntent.status === "requires_payment_method" && paymentIntent.last_payment_error && !cause.collectedByBilling) {
    // The customer tried to pay (the first invoice, or a past-due one) and the card was refused.
    await recordInvoiceFailure(invoice, invoice.next_payment_attempt, executor);
  }
}

/** Ends a subscription now: a cancel request, the end of a canceling period, or exhausted retries. */
async function endSubscription(
  subscription: SandboxSubscription,
  reason: SandboxSubscription["cancellation_details"]["reason"],
  executor: Executor,
  now: number,
  endedAt = toUnix(now),
): Promise<SandboxSubscription> {
  const ended: SandboxSubscription = {
    ...subscription,
    status: "canceled",
    canceled_at: subscription.cancel_at_period_end ? (subscription.canceled_at ?? endedAt) : endedAt,
    ended_at: endedAt,
    cancel_at: subscription.cancel_at,
    cancellation_details: { ...subscription.cancellation_details, reason: subscription.cancellation_details.reason ?? reason },
  };
  await putObject(ended, executor);
  await cancelScheduleOf(subscription, executor, now);
  const invoice = subscription.latest_invoice ? await getInvoice(subscription.latest_invoice, executor) : undefined;
  if (invoice?.status === "open") {
    if (subscription.status === "incomplete") await voidWithPaymentIntent(invoice, executor, now);
    else await stopCollecting(invoice, executor);
  }
  await announce("customer.subscription.deleted", ended, undefined, executor);
  return ended;
}

async function voidWithPaymentIntent(invoice: SandboxInvoice, executor: Executor, now: number) {
  await voidInvoice(invoice, executor, now);
  const paymentIntentId = await invoicePaymentIntentId(invoice.id, executor);
  if (paymentIntentId) await cancelPaymentIntentRecord(paymentIntentId, executor, now).catch(ignoreUnexpectedState);
}

function ignoreUnexpectedState(error: unknown) {
  if (error instanceof SandboxError && error.status === 400) return undefined;
  throw error;
}

async function expireIncomplete(subscription: SandboxSubscription, executor: Executor, now: number) {
  const expired: SandboxSubscription = { ...subscription, status: "incomplete_expired", ended_at: toUnix(now) };
  await putObject(expired, executor);
  const invoice = subscription.latest_invoice ? await getInvoice(subscription.latest_invoice, executor) : undefined;
  if (invoice?.status === "open") await voidWithPaymentIntent(invoice, executor, now);
  await announce("customer.subscription.deleted", expired, undefined, executor);
}

/** Starts the next period at `at` (its previous end), applying a scheduled price change, then bills it. */
async function renew(subscription: SandboxSubscription, at: number, executor: Executor) {
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

async function requireAttached(paymentMethodId: string, customerId: string, executor: Executor) {
  const paymentMethod = await getObjectOfType<SandboxPaymentMethod>(paymentMethodId, "payment_method", executor);
  if (!paymentMethod || paymentMethod.customer !== customerId) {
    throw invalidRequest(
      `The customer does not have a payment method with the ID ${paymentMethodId}. The payment method must be attached to the customer.`,
      "default_payment_method",
      "resource_missing",
    );
  }
}

/**
 * `cancel_at`: a future timestamp, or `min_period_end` / `max_period_end` / `max_billed_until`
 * (with one item, all the end of the current period); `""` removes it (`null` here). Unlike
 * `cancel_at_period_end`, it leaves that flag false, as the billing portal's cancellations do.
 */
function cancelAtParam(params: FormObject, subscription: SandboxSubscription, now: number): number | null | undefined {
  const raw = params.cancel_at;
  if (raw === undefined) return undefined;
  if (raw === "") return null;
  if (raw === "min_period_end" || raw === "max_period_end" || raw === "max_billed_until") return subscription.items.data[0].current_period_end;
  const at = Number(raw);
  if (!Number.isInteger(at)) throw invalidRequest(`Invalid cancel_at: ${String(raw)}`, "cancel_at", "parameter_invalid_integer");
  if (at <= toUnix(now)) throw invalidRequest("Invalid cancel_at: must be in the future.", "cancel_at");
  return at;
}

function booleanParam(params: FormObject, name: string): boolean | undefined {
  const value = stringParam(params, name);
  if (value === undefined) return undefined;
  if (value !== "true" && value !== "false") throw invalidRequest(`Invalid boolean: ${value}`, name);
  return value === "true";
}

function itemPrices(params: FormObject): { id?: string; price: string }[] | undefined {
  const items = params.items;
  if (items === undefined) return undefined;
  if (!Array.isArray(items) || items.length === 0) throw invalidRequest("Invalid array: items", "items");
  if (items.length > 1) throw invalidRequest("The sandbox bills one item per subscription.", "items");
  return items.map((item, index) => {
    if (typeof item !== "object" || Array.isArray(item) || typeof item.price !== "string" || item.price === "") throw missingParam(`items[${index}][price]`);
    if (item.quantity !== undefined && item.quantity !== "1") throw invalidRequest("The sandbox bills one unit per subscription item.", `items[${index}][quantity]`);
    return { id: typeof item.id === "string" ? item.id : undefined, price: item.price };
  });
}

function saveDefaultPaymentMethod(params: FormObject): SandboxSubscription["payment_settings"]["save_default_payment_method"] {
  const value = objectParam(params, "payment_settings")?.save_default_payment_method;
  if (value === undefined) return null;
  if (value !== "on_subscription" && value !== "off") throw invalidRequest("Invalid payment_settings[save_default_payment_method]", "payment_settings[save_default_payment_method]");
  return value;
}

async function createSubscription(params: FormObject, now: number) {
  const customerId = stringParam(params, "customer");
  if (!customerId) throw missingParam("customer");
  const items = itemPrices(params);
  if (!items) throw missingParam("items");
  if (params.cancel_at !== undefined || params.cancel_at_period_end === "true") {
    throw invalidRequest("The Stripe sandbox schedules a cancellation only on an existing subscription: create it, then update cancel_at or cancel_at_period_end.", "cancel_at");
  }
  const paymentBehavior = stringParam(params, "payment_behavior") ?? "allow_incomplete";
  if (!["default_incomplete", "allow_incomplete", "error_if_incomplete"].includes(paymentBehavior)) {
    throw invalidRequest("Invalid payment_behavior", "payment_behavior");
  }
  const saveDefault = saveDefaultPaymentMethod(params);
  const defaultPaymentMethod = stringParam(params, "default_payment_method") ?? null;

  const result = await db.transaction(async (tx) => {
    const customer = await requireCustomer(customerId);
    if (defaultPaymentMethod) await requireAttached(defaultPaymentMethod, customer.id, tx);
    const price = await requirePrice(items[0].price, tx, "items[0][price]");
    if (!price.active) throw invalidRequest(`The price specified is inactive. This subscription cannot be created.`, "items[0][price]");
    if (!price.recurring) throw invalidRequest("The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.", "items[0][price]");
    const start = toUnix(now);
    const id = newId("sub");
    const item: SandboxSubscriptionItem = {
      id: newId("si"),
      object: "subscription_item",
      created: start,
      current_period_start: start,
      current_period_end: nextPeriodEnd(start, start, price.recurring),
      discounts: [],
      metadata: {},
      price,
      quantity: 1,
      subscription: id,
      tax_rates: [],
    };
    let subscription: SandboxSubscription = {
      id,
      object: "subscription",
      application: null,
      application_fee_percent: null,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null },
      billing_cycle_anchor: start,
      billing_cycle_anchor_config: null,
      billing_mode: { type: "flexible", flexible: { proration_discounts: "included" }, updated_at: start },
      billing_thresholds: null,
      cancel_at: null,
      cancel_at_period_end: false,
      canceled_at: null,
      cancellation_details: { comment: null, feedback: null, reason: null },
      collection_method: "charge_automatically",
      created: start,
      currency: price.currency,
      customer: customer.id,
      customer_account: null,
      days_until_due: null,
      default_payment_method: defaultPaymentMethod,
      default_source: null,
      default_tax_rates: [],
      description: stringParam(params, "description") ?? null,
      discounts: [],
      ended_at: null,
      invoice_settings: { account_tax_ids: null, issuer: { type: "self" } },
      items: { object: "list", data: [item], has_more: false, total_count: 1, url: `/v1/subscription_items?subscription=${id}` },
      latest_invoice: null,
      livemode: false,
      metadata: mergeMetadata({}, objectParam(params, "metadata")),
      next_pending_invoice_item_invoice: null,
      on_behalf_of: null,
      pause_collection: null,
      payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: saveDefault },
      pending_invoice_item_interval: null,
      pending_setup_intent: null,
      pending_update: null,
      schedule: null,
      start_date: start,
      status: "incomplete",
      test_clock: null,
      transfer_data: null,
      trial_end: null,
      trial_settings: { end_behavior: { missing_payment_method: "create_invoice" } },
      trial_start: null,
    };
    await putObject(subscription, tx);
    await announce("customer.subscription.created", subscription, undefined, tx);
    const invoice = await openPeriodInvoice(subscription, "subscription_create", tx, now);
    subscription = await putObject<SandboxSubscription>({ ...subscription, latest_invoice: invoice.id }, tx);
    if (paymentBehavior !== "default_incomplete" && (await offSessionPaymentMethod(subscription, tx))) {
      await collectInvoice(invoice.id, tx, now);
    }
    return requireSubscription(id, tx);
  });
  if (paymentBehavior === "error_if_incomplete" && result.status === "incomplete") {
    throw new SandboxError(402, {
      type: "card_error",
      code: "card_declined",
      message: "The first payment for this subscription failed, so the subscription was not created as active.",
    });
  }
  return result;
}

async function updateSubscription(id: string, params: FormObject, now: number) {
  return db.transaction(async (tx) => {
    const subscription = await requireSubscription(id, tx);
    const cancelAtPeriodEnd = booleanParam(params, "cancel_at_period_end");
    const cancelAt = cancelAtParam(params, subscription, now);
    const items = itemPrices(params);
    const defaultPaymentMethod = stringParam(params, "default_payment_method");
    if (ENDED_STATUSES.includes(subscription.status) && (cancelAtPeriodEnd !== undefined || cancelAt !== undefined || items || defaultPaymentMethod)) {
      throw invalidRequest("A canceled subscription can only update its cancellation_details and metadata.");
    }
    if (cancelAt !== undefined && cancelAt !== null && cancelAtPeriodEnd === true) {
      throw invalidRequest("You may only specify one of these parameters: cancel_at, cancel_at_period_end.", "cancel_at", "parameters_exclusive");
    }
    if ((cancelAtPeriodEnd !== undefined || cancelAt !== undefined) && subscription.schedule) {
      throw invalidRequest(
        `The subscription is managed by the subscription schedule \`${subscription.schedule}\`, and updating any cancelation behavior directly is not allowed. Please update the schedule instead.`,
        "cancel_at_period_end",
      );
    }
    const prorationBehavior = stringParam(params, "proration_behavior") ?? "create_prorations";
    if (!["none", "create_prorations", "always_invoice"].includes(prorationBehavior)) throw invalidRequest("Invalid proration_behavior", "proration_behavior");
    if (cancelAt && cancelAt < subscription.items.data[0].current_period_end && prorationBehavior !== "none") {
      throw invalidRequest("The sandbox does not prorate: pass proration_behavior=none to cancel before the period ends, or cancel_at=min_period_end.", "proration_behavior");
    }
    if (items && prorationBehavior !== "none") {
      throw invalidRequest("The sandbox does not prorate: pass proration_behavior=none (or schedule the change with a subscription schedule).", "proration_behavior");
    }

    const previous: Record<string, unknown> = {};
    let next: SandboxSubscription = { ...subscription, metadata: mergeMetadata(subscription.metadata, objectParam(params, "metadata")) };
    if (JSON.stringify(next.metadata) !== JSON.stringify(subscription.metadata)) previous.metadata = subscription.metadata;
    if (defaultPaymentMethod && defaultPaymentMethod !== subscription.default_payment_method) {
      await requireAttached(defaultPaymentMethod, subscription.customer, tx);
      previous.default_payment_method = subscription.default_payment_method;
      next.default_payment_method = defaultPaymentMethod;
    }
    if (cancelAtPeriodEnd !== undefined && cancelAtPeriodEnd !== subscription.cancel_at_period_end) {
      previous.cancel_at_period_end = subscription.cancel_at_period_end;
      previous.cancel_at = subscription.cancel_at;
      previous.canceled_at = subscription.canceled_at;
      previous.cancellation_details = subscription.cancellation_details;
      next = cancelAtPeriodEnd
        ? {
            ...next,
            cancel_at_period_end: true,
            cancel_at: subscription.items.data[0].current_period_end,
            canceled_at: toUnix(now),
            cancellation_details: { ...subscription.cancellation_details, reason: "cancellation_requested" },
          }
        : { ...next, cancel_at_period_end: false, cancel_at: null, canceled_at: null, cancellation_details: { ...subscription.cancellation_details, reason: null } };
    }
    if (cancelAt !== undefined && cancelAt !== next.cancel_at) {
      previous.cancel_at ??= subscription.cancel_at;
      previous.canceled_at ??= subscription.canceled_at;
      previous.cancellation_details ??= subscription.cancellation_details;
      next =
        cancelAt === null
          ? { ...next, cancel_at: null, canceled_at: null, cancellation_details: { ...next.cancellation_details, reason: null } }
          : { ...next, cancel_at: cancelAt, canceled_at: toUnix(now), cancellation_details: { ...next.cancellation_details, reason: "cancellation_requested" } };
    }

    let billNow = false;
    const item = subscription.items.data[0];
    if (items && items[0].price !== item.price.id) {
      if (items[0].id && items[0].id !== item.id) throw resourceMissing("subscription_item", items[0].id, "items[0][id]");
      const price = await requirePrice(items[0].price, tx, "items[0][price]");
      if (!price.recurring) throw invalidRequest("The price specified is set to `type=one_time`.", "items[0][price]");
      previous.items = subscription.items;
      if (sameBillingPeriod(price.recurring, item.price.recurring)) {
        next = withItem(next, { ...item, price });
      } else {
        // A different billing period resets the billing cycle: the new price is billed from now.
        const start = toUnix(now);
        next = withItem(
          { ...next, billing_cycle_anchor: start },
          { ...item, price, current_period_start: start, current_period_end: nextPeriodEnd(start, start, price.recurring) },
        );
        previous.billing_cycle_anchor = subscription.billing_cycle_anchor;
        billNow = subscription.status !== "incomplete";
      }
    }
    if (Object.keys(previous).length === 0) return next;
    if (billNow) {
      const invoice = await openPeriodInvoice(next, "subscription_update", tx, now);
      previous.latest_invoice = subscription.latest_invoice;
      next = { ...next, latest_invoice: invoice.id };
      await putObject(next, tx);
      await announce("customer.subscription.updated", next, previous, tx);
      await collectInvoice(invoice.id, tx, now);
      return requireSubscription(id, tx);
    }
    await putObject(next, tx);
    await announce("customer.subscription.updated", next, previous, tx);
    return next;
  });
}

async function listSubscriptions(params: FormObject) {
  const customer = stringParam(params, "customer");
  const status = stringParam(params, "status");
  const price = stringParam(params, "price");
  if (status && !LIST_STATUSES.includes(status)) throw invalidRequest(`Invalid status: must be one of ${LIST_STATUSES.join(", ")}`, "status");
  const rawLimit = stringParam(params, "limit");
  const limit = rawLimit === undefined ? 10 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidRequest("Invalid limit: must be between 1 and 100", "limit");
  const conditions = [eq(sandboxObjects.object, "subscription")];
  if (customer) conditions.push(sql`json_extract(${sandboxObjects.data}, '$.customer') = ${customer}`);
  const rows = await db
    .select({ data: sandboxObjects.data })
    .from(sandboxObjects)
    .where(and(...conditions))
    .orderBy(sql`json_extract(${sandboxObjects.data}, '$.created') desc`, sql`${sandboxObjects.createdAt} desc`);
  const matching = rows
    .map((row) => row.data as SandboxSubscription)
    .filter((subscription) => {
      if (price && subscription.items.data[0].price.id !== price) return false;
      if (!status) return !ENDED_STATUSES.includes(subscription.status);
      if (status === "all") return true;
      if (status === "ended") return ENDED_STATUSES.includes(subscription.status);
      return subscription.status === status;
    });
  const expand = expansions(params)
    .filter((path) => path.startsWith("data."))
    .map((path) => path.slice("data.".length));
  const page = await Promise.all(matching.slice(0, limit).map((subscription) => presentSubscription(subscription, expand)));
  return listResponse("/v1/subscriptions", page, matching.length > limit);
}

export async function cancelSubscriptionNow(subscription: SandboxSubscription, executor: Executor, now: number) {
  if (ENDED_STATUSES.includes(subscription.status)) {
    throw invalidRequest(`A canceled subscription can only update its cancellation_details and metadata.`, undefined, "resource_missing");
  }
  return endSubscription(subscription, "cancellation_requested", executor, now);
}

export function subscriptionRoutes(): SandboxRoute[] {
  return [
    {
      method: "POST",
      path: "/v1/subscriptions",
      handler: async ({ params, now }) => {
        await processDueBilling(now);
        return presentSubscription(await createSubscription(params, now), expansions(params));
      },
    },
    {
      method: "GET",
      path: "/v1/subscriptions/:id",
      handler: async ({ pathParams, params, now }) => {
        await processDueBilling(now);
        return presentSubscription(await requireSubscription(pathParams.id), expansions(params));
      },
    },
    {
      method: "POST",
      path: "/v1/subscriptions/:id",
      handler: async ({ pathParams, params, now }) => {
        await processDueBilling(now);
        return presentSubscription(await updateSubscription(pathParams.id, params, now), expansions(params));
      },
    },
    {
      method: "DELETE",
      path: "/v1/subscriptions/:id",
      handler: async ({ pathParams, params, now }) => {
        await processDueBilling(now);
        const canceled = await db.transaction(async (tx) => cancelSubscriptionNow(await requireSubscription(pathParams.id, tx), tx, now));
        return presentSubscription(canceled, expansions(params));
      },
    },
    {
      method: "GET",
      path: "/v1/subscriptions",
      handler: async ({ params, now }) => {
        await processDueBilling(now);
        return listSubscriptions(params);
      },
    },
  ];
}
