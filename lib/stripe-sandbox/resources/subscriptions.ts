import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "../context";
import { sandboxObjects } from "../tables";
import { toUnix } from "../clock";
import { invalidRequest, missingParam, resourceMissing, SandboxError } from "../errors";
import type { FormObject } from "../form";
import { afterDueWork, expansions, listExpansions, mergeMetadata, objectParam, stringParam, type SandboxRoute } from "../router";
import { getObjectOfType, listResponse, newId, putObject } from "../store";
import { collectInvoice, offSessionPaymentMethod, openPeriodInvoice } from "../billing/collection";
import { processDueBilling } from "../billing/due";
import { cancelSubscriptionNow } from "../billing/ending";
import { nextPeriodEnd, sameBillingPeriod } from "../billing/periods";
import { requireCustomer } from "./customers";
import type { SandboxPaymentMethod } from "./payment-methods";
import { requirePrice } from "./prices";
import { announce, ENDED_STATUSES, presentSubscription, requireSubscription, withItem } from "./subscription-records";

/**
 * The subscription resource (API version endive: billing periods live on the items): create,
 * retrieve, update, cancel and list. `default_incomplete` starts `incomplete` with an open first
 * invoice. What happens afterwards (collection, renewals, retries, cancellations at period end,
 * expiry) is the billing engine's, in lib/stripe-sandbox/billing, run when the sandbox clock says
 * it is due.
 */
export type { SandboxSubscription, SandboxSubscriptionItem, SubscriptionStatus } from "./subscription-types";
import type { SandboxSubscription, SandboxSubscriptionItem } from "./subscription-types";

const LIST_STATUSES = ["active", "all", "canceled", "ended", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"];

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
  const expand = listExpansions(params);
  const page = await Promise.all(matching.slice(0, limit).map((subscription) => presentSubscription(subscription, expand)));
  return listResponse("/v1/subscriptions", page, matching.length > limit);
}

export function subscriptionRoutes(): SandboxRoute[] {
  return afterDueWork(processDueBilling, [
    {
      method: "POST",
      path: "/v1/subscriptions",
      handler: async ({ params, now }) => presentSubscription(await createSubscription(params, now), expansions(params)),
    },
    {
      method: "GET",
      path: "/v1/subscriptions/:id",
      handler: async ({ pathParams, params }) => presentSubscription(await requireSubscription(pathParams.id), expansions(params)),
    },
    {
      method: "POST",
      path: "/v1/subscriptions/:id",
      handler: async ({ pathParams, params, now }) => presentSubscription(await updateSubscription(pathParams.id, params, now), expansions(params)),
    },
    {
      method: "DELETE",
      path: "/v1/subscriptions/:id",
      handler: async ({ pathParams, params, now }) => {
        const canceled = await db.transaction(async (tx) => cancelSubscriptionNow(await requireSubscription(pathParams.id, tx), tx, now));
        return presentSubscription(canceled, expansions(params));
      },
    },
    {
      method: "GET",
      path: "/v1/subscriptions",
      handler: async ({ params }) => listSubscriptions(params),
    },
  ]);
}
