import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { formatCents } from "@/lib/money/format";
import { getStripe } from "@/lib/payments/stripe";
import { getPlan, planIds } from "@/lib/plans/catalog";
import { hasAssistantAccess } from "@/lib/plans/entitlement";
import { completeSubscription, startSubscription } from "@/lib/plans/subscribe";
import { deliverWebhooks, routeWebhooksToHandler } from "@/tests/support/stripe";
import { advance, createUser, payInBrowser, paymentIntentIdOf, startPaid, subscriptionRow } from "./plans-helpers";
import { stripeSandbox } from "@/lib/payments/sandbox";

beforeAll(() => {
  routeWebhooksToHandler();
});

describe("subscribing to a plan", () => {
  it("subscribes with a new customer when the stored one was deleted in the Dashboard", async () => {
    const user = await createUser();
    const customer = await getStripe().customers.create({ email: user.email, metadata: { userId: user.id } });
    await getDb().update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, user.id));
    await getStripe().customers.del(customer.id);

    const started = await startSubscription(user.id, "monthly");
    expect(started.status).toBe("pay");
    const [stored] = await getDb().select({ customerId: users.stripeCustomerId }).from(users).where(eq(users.id, user.id));
    expect(stored.customerId).not.toBe(customer.id);
    const fresh = await getStripe().customers.retrieve(stored.customerId!);
    expect(fresh.deleted).toBeUndefined();
    if (started.status === "pay") expect((await getStripe().subscriptions.retrieve(started.subscriptionId)).customer).toBe(stored.customerId);
  });

  it.each(planIds)("%s: pays the first invoice with 4242, becomes active and unlocks the assistant", async (planId) => {
    const plan = getPlan(planId);
    const user = await createUser();
    const started = await startPaid(user.id, planId);
    expect(started.amountCents).toBe(plan.amountCents);

    const subscription = await getStripe().subscriptions.retrieve(started.subscriptionId);
    expect(subscription.status).toBe("active");
    expect(subscription.metadata).toMatchObject({ userId: user.id, plan: planId });
    const item = subscription.items.data[0];
    expect(item.price.lookup_key).toBe(plan.lookupKey);
    const months = Math.round((item.current_period_end - item.current_period_start) / (30.4 * 24 * 3600));
    expect(months).toBe(plan.months);
    expect(subscription.default_payment_method).toMatch(/^pm_/);

    const row = await subscriptionRow(started.subscriptionId);
    expect(row).toMatchObject({ userId: user.id, plan: planId, status: "active", cancelAtPeriodEnd: false });
    expect(row.currentPeriodEnd?.getTime()).toBe(item.current_period_end * 1000);
    expect(await hasAssistantAccess(user.id)).toBe(true);

    const done = await completeSubscription(user.id, { subscriptionId: started.subscriptionId, paymentIntentId: paymentIntentIdOf(started.clientSecret) });
    expect(done).toMatchObject({ status: "paid", amountCents: plan.amountCents, plan: { id: planId } });
    if (done.status === "paid") {
      expect(`You have successfully paid ${formatCents(done.amountCents)} for the ${done.plan.name} plan`).toBe(
        `You have successfully paid ${formatCents(plan.amountCents)} for the ${plan.name} plan`,
      );
    }
  });

  it("creates the subscription default_incomplete, with an open invoice whose confirmation_secret pays it", async () => {
    const user = await createUser();
    const started = await startSubscription(user.id, "quarterly");
    expect(started.status).toBe("pay");
    if (started.status !== "pay") return;
    const subscription = await getStripe().subscriptions.retrieve(started.subscriptionId, { expand: ["latest_invoice.confirmation_secret"] });
    expect(subscription.status).toBe("incomplete");
    const invoice = subscription.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({
      status: "open",
      amount_due: 1200,
      amount_paid: 0,
      billing_reason: "subscription_create",
      parent: { type: "subscription_details", subscription_details: { subscription: started.subscriptionId } },
      confirmation_secret: { client_secret: started.clientSecret, type: "payment_intent" },
    });
    // confirmation_secret is an includable field: absent unless expanded, as on Stripe.
    expect((await getStripe().invoices.retrieve(invoice.id)).confirmation_secret).toBeUndefined();
    await deliverWebhooks();
    expect((await subscriptionRow(started.subscriptionId)).status).toBe("incomplete");
    expect(await hasAssistantAccess(user.id)).toBe(false);
  });

  it("a declined first payment leaves the plan incomplete and locked; paying again with 4242 activates it", async () => {
    const user = await createUser();
    const started = await startSubscription(user.id, "monthly");
    if (started.status !== "pay") throw new Error("expected a payment");
    const declined = await payInBrowser(started.clientSecret, "pm_card_visa_chargeDeclined").catch((error: unknown) => error);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({ code: "card_declined" });
    await deliverWebhooks();

    expect((await subscriptionRow(started.subscriptionId)).status).toBe("incomplete");
    expect(await hasAssistantAccess(user.id)).toBe(false);
    const failedInvoice = await getStripe().invoices.list({ subscription: started.subscriptionId });
    expect(failedInvoice.data[0]).toMatchObject({ status: "open", attempt_count: 1 });
    expect(await completeSubscription(user.id, { subscriptionId: started.subscriptionId, paymentIntentId: paymentIntentIdOf(started.clientSecret) })).toMatchObject({
      status: "failed",
      message: "Your card was declined.",
    });

    // Coming back to the same plan picks up the same unpaid invoice rather than starting another.
    const again = await startSubscription(user.id, "monthly");
    expect(again).toMatchObject({ status: "pay", subscriptionId: started.subscriptionId, clientSecret: started.clientSecret });
    await payInBrowser(started.clientSecret, "pm_card_visa");
    await deliverWebhooks();
    expect((await subscriptionRow(started.subscriptionId)).status).toBe("active");
    expect(await hasAssistantAccess(user.id)).toBe(true);
  });

  it("a user with a plan is sent to manage it instead of starting a second one", async () => {
    const user = await createUser();
    await startPaid(user.id, "annual");
    expect(await startSubscription(user.id, "monthly")).toEqual({ status: "has_plan" });
    expect(await startSubscription(user.id, "annual")).toEqual({ status: "has_plan" });
    const customer = (await getStripe().subscriptions.list({ status: "all", limit: 100 })).data.filter((sub) => sub.metadata.userId === user.id);
    expect(customer).toHaveLength(1);
  });

  it("an abandoned attempt for another plan is canceled, so it never blocks a new one", async () => {
    const user = await createUser();
    const abandoned = await startSubscription(user.id, "quarterly");
    if (abandoned.status !== "pay") throw new Error("expected a payment");
    const started = await startPaid(user.id, "annual");
    expect(started.subscriptionId).not.toBe(abandoned.subscriptionId);

    const old = await getStripe().subscriptions.retrieve(abandoned.subscriptionId, { expand: ["latest_invoice"] });
    expect(old.status).toBe("canceled");
    expect((old.latest_invoice as Stripe.Invoice).status).toBe("void");
    const oldPayment = await getStripe().paymentIntents.retrieve(paymentIntentIdOf(abandoned.clientSecret));
    expect(oldPayment.status).toBe("canceled");
    expect((await subscriptionRow(abandoned.subscriptionId)).status).toBe("canceled");
    expect((await subscriptionRow(started.subscriptionId)).status).toBe("active");
  });

  it("two tabs starting the same plan at once get the same subscription", async () => {
    const user = await createUser();
    const [first, second] = await Promise.all([startSubscription(user.id, "monthly"), startSubscription(user.id, "monthly")]);
    expect(first.status).toBe("pay");
    expect(second).toEqual(first);
  });

  it("an attempt left unpaid for 23 hours expires, and the user can start again", async () => {
    const user = await createUser();
    const started = await startSubscription(user.id, "monthly");
    if (started.status !== "pay") throw new Error("expected a payment");
    await advance(22 * 60 * 60 * 1000);
    expect((await getStripe().subscriptions.retrieve(started.subscriptionId)).status).toBe("incomplete");
    await advance(2 * 60 * 60 * 1000);
    const expired = await getStripe().subscriptions.retrieve(started.subscriptionId, { expand: ["latest_invoice"] });
    expect(expired.status).toBe("incomplete_expired");
    expect((expired.latest_invoice as Stripe.Invoice).status).toBe("void");
    expect((await subscriptionRow(started.subscriptionId)).status).toBe("incomplete_expired");

    const paid = await startPaid(user.id, "monthly");
    expect(paid.subscriptionId).not.toBe(started.subscriptionId);
    expect((await subscriptionRow(paid.subscriptionId)).status).toBe("active");
  });

  it("the confirmation only answers for the user's own subscription and its own payment", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const started = await startPaid(owner.id, "quarterly");
    await startPaid(stranger.id, "monthly");
    const paymentIntentId = paymentIntentIdOf(started.clientSecret);
    expect(await completeSubscription(stranger.id, { subscriptionId: started.subscriptionId, paymentIntentId })).toEqual({ status: "not_found" });
    expect(await completeSubscription(owner.id, { subscriptionId: "sub_doesnotexist", paymentIntentId })).toEqual({ status: "not_found" });
    const other = await createUser();
    expect(await completeSubscription(other.id, { subscriptionId: started.subscriptionId })).toEqual({ status: "not_found" });
  });

  it("the first invoice can be paid through 3-D Secure", async () => {
    const user = await createUser();
    const started = await startSubscription(user.id, "monthly");
    if (started.status !== "pay") throw new Error("expected a payment");
    const challenged = await payInBrowser(started.clientSecret, "pm_card_authenticationRequiredOnSetup");
    expect(challenged.status).toBe("requires_action");
    expect((await getStripe().subscriptions.retrieve(started.subscriptionId)).status).toBe("incomplete");
    // The sandbox's challenge page, "Complete" pressed.
    await stripeSandbox().testHelpers.authenticatePaymentIntent(challenged.id, true);
    await deliverWebhooks();
    expect((await subscriptionRow(started.subscriptionId)).status).toBe("active");
    expect(await completeSubscription(user.id, { subscriptionId: started.subscriptionId, paymentIntentId: challenged.id })).toMatchObject({ status: "paid", amountCents: 500 });
  });
});
