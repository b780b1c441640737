import { db, type Executor } from "../context";
import { emitEvent } from "../events";
import { getObjectOfType, requireObjectOfType, type StoredObject } from "../store";
import type { SandboxCustomer } from "./customers";
import { getInvoice, presentInvoiceWithExpansions } from "./invoices";
import type { SandboxPrice } from "./prices";
import type { SandboxSchedule } from "./subscription-schedules";
import type { SandboxSubscription, SandboxSubscriptionItem, SubscriptionStatus } from "./subscription-types";

// Reading, showing and announcing subscription objects: what the subscription resource and the
// billing engine (lib/stripe-sandbox/billing) both need, so neither imports the other for it.

export const LIVE_STATUSES: SubscriptionStatus[] = ["incomplete", "trialing", "active", "past_due"];
export const ENDED_STATUSES: SubscriptionStatus[] = ["canceled", "incomplete_expired"];

export async function getSubscription(id: string, executor: Executor = db) {
  return getObjectOfType<SandboxSubscription>(id, "subscription", executor);
}

export async function requireSubscription(id: string, executor: Executor = db, param = "id") {
  return requireObjectOfType<SandboxSubscription>(id, "subscription", executor, param);
}

export function withItem(subscription: SandboxSubscription, item: SandboxSubscriptionItem): SandboxSubscription {
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

export async function announce(type: string, subscription: SandboxSubscription, previous: Record<string, unknown> | undefined, executor: Executor) {
  await emitEvent(type, await presentSubscription(subscription, [], executor), previous, executor);
}

