import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { getStripe } from "@/lib/payments/stripe";
import { sandboxNow } from "@/lib/payments/sandbox";
import { hasAssistantAccess } from "@/lib/plans/entitlement";
import { cancelAtPeriodEnd, openRenewalInvoice, resumePlan, switchPlan } from "@/lib/plans/manage";
import { completeSubscription } from "@/lib/plans/subscribe";
import { deliverWebhooks, routeWebhooksToHandler } from "@/tests/support/stripe";
import { advance, createUser, DAY_MS, payInBrowser, paymentIntentIdOf, startPaid, subscriptionRow } from "./plans-helpers";

beforeAll(() => {
  routeWebhooksToHandler();
});

async function periodEndMs(subscriptionId: string) {
  const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
  return subscription.items.data[0].current_period_end * 1000;
}

/** Moves the sandbox clock to just after the subscription's current period ends. */
async function passPeriodEnd(subscriptionId: string, extraMs = 60_000) {
  const end = await periodEndMs(subscriptionId);
  return advance(end - (await sandboxNow()) + extraMs);
}

async function invoicesOf(subscriptionId: string) {
  return (await getStripe().invoices.list({ subscription: subscriptionId, limit: 20 })).data;
}

async function failNextRenewals(customerId: string, subscriptionId: string) {
  const failing = await getStripe().paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customerId });
  await getStripe().subscriptions.update(subscriptionId, { default_payment_method: failing.id });
}

describe("renewals", () => {
  it("renews at period end: a new invoice is charged off-session, paid, and the period moves on", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const before = await subscriptionRow(subscriptionId);
    await passPeriodEnd(subscriptionId);

    const invoices = await invoicesOf(subscriptionId);
    expect(invoices.map((invoice) => [invoice.billing_reason, invoice.status, invoice.amount_paid])).toEqual([
      ["subscription_cycle", "paid", 500],
      ["subscription_create", "paid", 500],
    ]);
    const after = await subscriptionRow(subscriptionId);
    expect(after.status).toBe("active");
    expect(after.currentPeriodStart?.getTime()).toBe(before.currentPeriodEnd?.getTime());
    expect(after.currentPeriodEnd!.getTime()).toBeGreaterThan(before.currentPeriodEnd!.getTime() + 27 * DAY_MS);
    expect(await hasAssistantAccess(user.id)).toBe(true);
  });

  it("a renewal that fails goes past_due: the assistant stays unlocked for a 3-day grace, then locks; after the last retry the plan is canceled", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "quarterly");
    const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
    await failNextRenewals(String(subscription.customer), subscriptionId);

    await passPeriodEnd(subscriptionId);
    const row = await subscriptionRow(subscriptionId);
    expect(row.status).toBe("past_due");
    expect(row.pastDueSince?.getTime()).toBe(row.currentPeriodStart?.getTime());
    const [renewal] = await invoicesOf(subscriptionId);
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", status: "open", attempt_count: 1, amount_due: 1200 });
    expect(renewal.next_payment_attempt).toBe(renewal.created + 3 * 24 * 3600);
    expect(await hasAssistantAccess(user.id)).toBe(true);

    await advance(2 * DAY_MS);
    expect(await hasAssistantAccess(user.id)).toBe(true);
    await advance(DAY_MS);
    expect((await subscriptionRow(subscriptionId)).status).toBe("past_due");
    expect(await hasAssistantAccess(user.id)).toBe(false);
    expect((await invoicesOf(subscriptionId))[0].attempt_count).toBe(2);

    await advance(5 * DAY_MS);
    const ended = await getStripe().subscriptions.retrieve(subscriptionId);
    expect(ended.status).toBe("canceled");
    expect(ended.cancellation_details?.reason).toBe("payment_failed");
    const [lastInvoice] = await invoicesOf(subscriptionId);
    expect(lastInvoice).toMatchObject({ status: "open", attempt_count: 4, next_payment_attempt: null });
    expect((await subscriptionRow(subscriptionId)).status).toBe("canceled");
    expect(await hasAssistantAccess(user.id)).toBe(false);
  });

  it("a past_due plan that pays on a retry is active again", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
    const customer = String(subscription.customer);
    await failNextRenewals(customer, subscriptionId);
    await passPeriodEnd(subscriptionId);
    expect((await subscriptionRow(subscriptionId)).status).toBe("past_due");

    const working = await getStripe().paymentMethods.attach("pm_card_visa", { customer });
    await getStripe().subscriptions.update(subscriptionId, { default_payment_method: working.id });
    await advance(3 * DAY_MS + 60_000);
    const row = await subscriptionRow(subscriptionId);
    expect(row.status).toBe("active");
    expect(row.pastDueSince).toBeNull();
    expect((await invoicesOf(subscriptionId))[0]).toMatchObject({ status: "paid", attempt_count: 2 });
    expect(await hasAssistantAccess(user.id)).toBe(true);
  });
});

describe("paying a failed renewal by hand", () => {
  it("a past_due user pays the open renewal with another card, which then pays the next renewals", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
    await failNextRenewals(String(subscription.customer), subscriptionId);
    expect(await openRenewalInvoice(user.id)).toBeNull();
    await passPeriodEnd(subscriptionId);

    const open = await openRenewalInvoice(user.id);
    expect(open).toMatchObject({ subscriptionId, amountCents: 500, planId: "monthly" });
    await payInBrowser(open!.clientSecret, "pm_card_visa");
    await deliverWebhooks();
    expect((await subscriptionRow(subscriptionId)).status).toBe("active");
    expect(await completeSubscription(user.id, { subscriptionId, paymentIntentId: paymentIntentIdOf(open!.clientSecret) })).toMatchObject({
      status: "paid",
      amountCents: 500,
    });
    expect(await openRenewalInvoice(user.id)).toBeNull();

    await passPeriodEnd(subscriptionId);
    expect((await invoicesOf(subscriptionId))[0]).toMatchObject({ billing_reason: "subscription_cycle", status: "paid" });
    expect((await subscriptionRow(subscriptionId)).status).toBe("active");
  });
});

describe("managing a plan", () => {
  it("cancel_at as the billing portal sets it: the plan shows as ending, resumes, and ends at cancel_at without renewing", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const end = await periodEndMs(subscriptionId);
    const stripe = getStripe();

    const booked = await stripe.subscriptions.update(subscriptionId, { cancel_at: "min_period_end" });
    expect(booked).toMatchObject({ cancel_at: end / 1000, cancel_at_period_end: false, cancellation_details: { reason: "cancellation_requested" } });
    await deliverWebhooks();
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ status: "active", cancelAtPeriodEnd: true });

    expect((await resumePlan(user.id)).ok).toBe(true);
    expect(await stripe.subscriptions.retrieve(subscriptionId)).toMatchObject({ cancel_at: null, cancel_at_period_end: false, canceled_at: null });
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ cancelAtPeriodEnd: false });

    await expect(stripe.subscriptions.update(subscriptionId, { cancel_at: end / 1000, cancel_at_period_end: true })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.subscriptions.update(subscriptionId, { cancel_at: Math.floor((await sandboxNow()) / 1000) - 60 })).rejects.toMatchObject({
      statusCode: 400,
      param: "cancel_at",
    });
    await expect(stripe.subscriptions.create({ customer: String(booked.customer), items: [{ price: booked.items.data[0].price.id }], cancel_at: end / 1000 })).rejects.toMatchObject({
      statusCode: 400,
      param: "cancel_at",
    });
    await stripe.subscriptions.update(subscriptionId, { cancel_at: end / 1000 });
    await advance(end - (await sandboxNow()) + 60_000);
    const ended = await stripe.subscriptions.retrieve(subscriptionId);
    expect(ended).toMatchObject({ status: "canceled", ended_at: end / 1000 });
    expect((await invoicesOf(subscriptionId)).map((invoice) => invoice.billing_reason)).toEqual(["subscription_create"]);
    expect((await subscriptionRow(subscriptionId)).status).toBe("canceled");
    expect(await hasAssistantAccess(user.id)).toBe(false);
  });

  it("cancels at period end (access until then), resumes, and when canceled again ends at the period end", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const end = await periodEndMs(subscriptionId);

    const canceled = await cancelAtPeriodEnd(user.id);
    expect(canceled.ok).toBe(true);
    expect(canceled.message).toMatch(/^Your plan will end on \w+ \d+, \d{4}\./);
    expect((await getStripe().subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(true);
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ status: "active", cancelAtPeriodEnd: true });
    expect(await hasAssistantAccess(user.id)).toBe(true);

    expect((await resumePlan(user.id)).ok).toBe(true);
    expect((await getStripe().subscriptions.retrieve(subscriptionId)).cancel_at_period_end).toBe(false);
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ status: "active", cancelAtPeriodEnd: false, canceledAt: null });

    await cancelAtPeriodEnd(user.id);
    await advance(end - (await sandboxNow()) - 60_000);
    expect((await subscriptionRow(subscriptionId)).status).toBe("active");
    expect(await hasAssistantAccess(user.id)).toBe(true);
    await advance(2 * 60_000);
    const ended = await getStripe().subscriptions.retrieve(subscriptionId);
    expect(ended.status).toBe("canceled");
    expect(ended.ended_at).toBe(end / 1000);
    expect((await invoicesOf(subscriptionId)).map((invoice) => invoice.billing_reason)).toEqual(["subscription_create"]);
    expect((await subscriptionRow(subscriptionId)).status).toBe("canceled");
    expect(await hasAssistantAccess(user.id)).toBe(false);
    expect((await resumePlan(user.id)).ok).toBe(false);
  });

  it("switches plan from the next period: nothing is charged now, the next renewal bills the new plan", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const end = await periodEndMs(subscriptionId);

    const switched = await switchPlan(user.id, "annual");
    expect(switched).toMatchObject({ ok: true });
    expect(switched.message).toContain("You will move to the Annual plan on");
    const stripeSide = await getStripe().subscriptions.retrieve(subscriptionId);
    expect(stripeSide.items.data[0].price.lookup_key).toBe("plan_monthly");
    expect(stripeSide.schedule).toMatch(/^sub_sched_/);
    expect(await invoicesOf(subscriptionId)).toHaveLength(1);
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ plan: "monthly", scheduledPlan: "annual", status: "active" });

    await passPeriodEnd(subscriptionId);
    const renewed = await getStripe().subscriptions.retrieve(subscriptionId);
    expect(renewed.items.data[0].price.lookup_key).toBe("plan_annual");
    expect(renewed.items.data[0].current_period_start).toBe(end / 1000);
    const [renewal] = await invoicesOf(subscriptionId);
    expect(renewal).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 5000 });
    const row = await subscriptionRow(subscriptionId);
    expect(row).toMatchObject({ plan: "annual", scheduledPlan: null, status: "active" });
    expect(row.currentPeriodEnd!.getTime() - row.currentPeriodStart!.getTime()).toBeGreaterThanOrEqual(365 * DAY_MS);
  });

  it("choosing the current plan again drops a booked switch; canceling drops it too", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "quarterly");
    await switchPlan(user.id, "monthly");
    expect((await subscriptionRow(subscriptionId)).scheduledPlan).toBe("monthly");
    expect(await switchPlan(user.id, "quarterly")).toMatchObject({ ok: true, message: "You stay on the Quarterly plan." });
    expect((await subscriptionRow(subscriptionId)).scheduledPlan).toBeNull();
    expect((await getStripe().subscriptions.retrieve(subscriptionId)).schedule).toBeNull();

    await switchPlan(user.id, "annual");
    await cancelAtPeriodEnd(user.id);
    expect(await subscriptionRow(subscriptionId)).toMatchObject({ scheduledPlan: null, cancelAtPeriodEnd: true });
    await passPeriodEnd(subscriptionId);
    expect((await getStripe().subscriptions.retrieve(subscriptionId)).status).toBe("canceled");
  });

  it("the sandbox refuses to change cancellation directly on a schedule-managed subscription, as Stripe does", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    await switchPlan(user.id, "quarterly");
    const refused = await getStripe()
      .subscriptions.update(subscriptionId, { cancel_at_period_end: true })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((refused as Error).message).toContain("managed by the subscription schedule");
  });

  it("a user without a plan has nothing to cancel, resume or switch", async () => {
    const user = await createUser();
    expect(await cancelAtPeriodEnd(user.id)).toEqual({ ok: false, message: "You have no plan to change.", notice: { key: "noPlanToChange" } });
    expect(await resumePlan(user.id)).toEqual({ ok: false, message: "You have no plan to change.", notice: { key: "noPlanToChange" } });
    expect(await switchPlan(user.id, "annual")).toEqual({ ok: false, message: "You have no plan to change.", notice: { key: "noPlanToChange" } });
  });
});
