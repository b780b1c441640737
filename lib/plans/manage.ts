import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import { db } from "@/db/client";
import { subscriptions, type Subscription } from "@/db/schema";
import { env } from "@/lib/config/env";
import { getStripe, isSandbox } from "@/lib/payments/stripe";
import { getPlan, type PlanId } from "./catalog";
import { storedCustomerId } from "./customer";
import { DEFAULT_LOCALE, LOCALE_FORMAT_TAGS, type Locale } from "@/lib/i18n/locales";
import { stripeErrorSentence } from "@/lib/payments/errors";
import { notice, type Noticed } from "@/lib/i18n/notice";
import { requirePlanPrice } from "./stripe-prices";
import { isManageable, MANAGEABLE_STATUSES } from "./status";
import { upsertSubscription } from "./sync";

/** A plan change's answer: a known one (lib/i18n/notice.ts), which the plan actions word in the shopper's language. */
export type ManageResult = ({ ok: true } | { ok: false }) & Noticed;

const longDates = new Map<Locale, Intl.DateTimeFormat>();

/** A billing date as the shopper reads it ("June 3, 2027", "3 de junio de 2027"). */
export function formatBillingDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_FORMAT_TAGS[locale], { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
    longDates.set(locale, format);
  }
  return format.format(date);
}

/** The plan a user holds now, from our table (kept in sync by webhooks and by every action here). */
export async function heldSubscription(userId: string): Promise<Subscription | undefined> {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), inArray(subscriptions.status, [...MANAGEABLE_STATUSES])))
    .orderBy(desc(subscriptions.createdAt))
    .limit(1);
  return row;
}

/** The subscription to show on /account: the held one, or else the most recent attempt or ended plan. */
export async function subscriptionForAccount(userId: string): Promise<Subscription | undefined> {
  const held = await heldSubscription(userId);
  if (held) return held;
  const [latest] = await db.select().from(subscriptions).where(eq(subscriptions.userId, userId)).orderBy(desc(subscriptions.createdAt)).limit(1);
  return latest;
}

/** The plan to act on, read from Stripe (not our table, which a late webhook may not have updated yet). */
async function retrieveOwned(userId: string): Promise<Stripe.Subscription | ManageResult> {
  const customer = await storedCustomerId(userId);
  if (!customer) return { ok: false, ...notice("noPlanToChange") };
  const stripe = getStripe();
  const listed = await stripe.subscriptions.list({ customer, status: "all", limit: 10 });
  const held = listed.data.find((subscription) => isManageable(subscription.status));
  if (!held) {
    const latest = listed.data[0];
    if (latest) await upsertSubscription(latest);
    return { ok: false, ...notice(latest && latest.status === "canceled" ? "planEnded" : "noPlanToChange") };
  }
  return stripe.subscriptions.retrieve(held.id, { expand: ["schedule"] });
}

function activeSchedule(subscription: Stripe.Subscription): Stripe.SubscriptionSchedule | null {
  const schedule = subscription.schedule;
  return schedule && typeof schedule !== "string" && (schedule.status === "active" || schedule.status === "not_started") ? schedule : null;
}

async function refresh(subscriptionId: string) {
  return upsertSubscription(await getStripe().subscriptions.retrieve(subscriptionId, { expand: ["schedule"] }));
}

async function guarded(action: () => Promise<ManageResult>): Promise<ManageResult> {
  try {
    return await action();
  } catch (error) {
    const failed = notice("planChangeFailed");
    stripeErrorSentence(error, "Plans", failed.message);
    return { ok: false, ...failed };
  }
}

/**
 * Cancels at the end of the paid period: the plan keeps working until then. A plan switch booked
 * for the next period is dropped, since there will be no next period.
 */
export function cancelAtPeriodEnd(userId: string): Promise<ManageResult> {
  return guarded(async () => {
    const subscription = await retrieveOwned(userId);
    if ("ok" in subscription) return subscription;
    const schedule = activeSchedule(subscription);
    if (schedule) await getStripe().subscriptionSchedules.release(schedule.id);
    await getStripe().subscriptions.update(subscription.id, { cancel_at_period_end: true });
    const row = await refresh(subscription.id);
    return { ok: true, ...(row?.currentPeriodEnd ? notice("planWillEndOn", { date: row.currentPeriodEnd }) : notice("planWillEnd")) };
  });
}

/** Undoes a cancellation that has not taken effect yet. */
export function resumePlan(userId: string): Promise<ManageResult> {
  return guarded(async () => {
    const subscription = await retrieveOwned(userId);
    if ("ok" in subscription) return subscription;
    if (!subscription.cancel_at_period_end && subscription.cancel_at === null) return { ok: true, ...notice("planRenewsAsUsual") };
    await getStripe().subscriptions.update(subscription.id, {
      cancel_at_period_end: false,
      // The Stripe billing portal cancels with cancel_at rather than cancel_at_period_end.
      ...(subscription.cancel_at !== null && !subscription.cancel_at_period_end ? { cancel_at: "" } : {}),
    });
    const row = await refresh(subscription.id);
    return { ok: true, ...(row?.currentPeriodEnd ? notice("planWillRenewOn", { date: row.currentPeriodEnd }) : notice("planWillRenew")) };
  });
}

/**
 * Switches plan from the next billing period: a subscription schedule whose current phase keeps
 * today's price until the period ends and whose next phase bills the new plan. Nothing is charged
 * or refunded now. Choosing the current plan again drops a booked switch.
 */
export function switchPlan(userId: string, planId: PlanId): Promise<ManageResult> {
  return guarded(async () => {
    const subscription = await retrieveOwned(userId);
    if ("ok" in subscription) return subscription;
    if (subscription.status !== "active" && subscription.status !== "trialing") {
      return { ok: false, ...notice("lastPaymentFailed") };
    }
    const target = await requirePlanPrice(planId);
    if (!target) return { ok: false, ...notice("planNotOnSale") };
    const stripe = getStripe();
    const item = subscription.items.data[0];
    const schedule = activeSchedule(subscription);

    if (item.price.id === target.priceId) {
      if (schedule) await stripe.subscriptionSchedules.release(schedule.id);
      await refresh(subscription.id);
      return { ok: true, ...notice("stayOnPlan", { plan: getPlan(planId).name }) };
    }
    if (subscription.cancel_at_period_end || subscription.cancel_at !== null) {
      await stripe.subscriptions.update(subscription.id, {
        cancel_at_period_end: false,
        ...(subscription.cancel_at !== null && !subscription.cancel_at_period_end ? { cancel_at: "" } : {}),
      });
    }
    const booked = schedule ?? (await stripe.subscriptionSchedules.create({ from_subscription: subscription.id }));
    const currentStart = booked.current_phase?.start_date ?? booked.phases[0]?.start_date ?? item.current_period_start;
    const plan = getPlan(planId);
    await stripe.subscriptionSchedules.update(booked.id, {
      end_behavior: "release",
      phases: [
        { items: [{ price: item.price.id, quantity: 1 }], start_date: currentStart, end_date: item.current_period_end, proration_behavior: "none" },
        { items: [{ price: target.priceId, quantity: 1 }], duration: { interval: plan.interval, interval_count: plan.intervalCount }, proration_behavior: "none" },
      ],
    });
    await refresh(subscription.id);
    return { ok: true, ...notice("moveToPlan", { plan: plan.name, date: new Date(item.current_period_end * 1000) }) };
  });
}

export type OpenInvoice = { subscriptionId: string; clientSecret: string; amountCents: number; planId: PlanId };

/**
 * The unpaid renewal of a past-due plan, for paying it now with another card (Stripe keeps
 * retrying the saved one meanwhile). A successful payment also becomes the card for renewals.
 */
export async function openRenewalInvoice(userId: string): Promise<OpenInvoice | null> {
  const subscription = await retrieveOwned(userId);
  if ("ok" in subscription || (subscription.status !== "past_due" && subscription.status !== "unpaid")) return null;
  const latest = subscription.latest_invoice;
  const invoiceId = typeof latest === "string" ? latest : latest?.id;
  if (!invoiceId) return null;
  const invoice = await getStripe().invoices.retrieve(invoiceId, { expand: ["confirmation_secret"] });
  const secret = invoice.confirmation_secret?.client_secret;
  const row = await upsertSubscription(subscription);
  if (invoice.status !== "open" || !secret || !row) return null;
  return { subscriptionId: subscription.id, clientSecret: secret, amountCents: invoice.amount_remaining, planId: row.plan };
}

/** Stripe's hosted billing portal (cards, invoices, cancellation); real Stripe only. */
export async function billingPortalUrl(userId: string): Promise<ManageResult & { url?: string }> {
  if (isSandbox()) return { ok: false, ...notice("portalSandbox") };
  const customer = await storedCustomerId(userId);
  if (!customer) return { ok: false, ...notice("noBillingDetails") };
  try {
    const session = await getStripe().billingPortal.sessions.create({ customer, return_url: new URL("/account", env().APP_URL).toString() });
    return { ok: true, ...notice("openingPortal"), url: session.url };
  } catch (error) {
    const unavailable = notice("portalUnavailable");
    stripeErrorSentence(error, "Plans: billing portal", unavailable.message);
    return { ok: false, ...unavailable };
  }
}
