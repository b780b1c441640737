import { beforeAll, describe, expect, it } from "vitest";
import { getStripe } from "@/lib/payments/stripe";
import { sandboxNow } from "@/lib/payments/sandbox";
import { routeWebhooksToHandler } from "@/tests/support/stripe";
import { advance, createUser, startPaid } from "./plans-helpers";
import { outboxFor } from "@/tests/support/outbox";

beforeAll(() => {
  routeWebhooksToHandler();
});


describe("plan emails", () => {
  it("paying for a plan writes the confirmation with the /plans/complete sentence, once", async () => {
    const user = await createUser();
    await startPaid(user.id, "quarterly");
    const rows = await outboxFor(user.email);
    expect(rows).toHaveLength(1);
    expect(rows[0].subject).toBe("Payment received for your Quarterly plan");
    expect(rows[0].text).toContain("You have successfully paid $12.00 for the Quarterly plan for unlimited access to the recipe assistant.");
    expect(rows[0].html).toContain("You have successfully paid $12.00 for the Quarterly plan");
  });

  it("a renewal whose payment fails writes one email with a pay-now link, however many retries fail", async () => {
    const user = await createUser();
    const { subscriptionId } = await startPaid(user.id, "monthly");
    const subscription = await getStripe().subscriptions.retrieve(subscriptionId);
    const failing = await getStripe().paymentMethods.attach("pm_card_chargeCustomerFail", { customer: String(subscription.customer) });
    await getStripe().subscriptions.update(subscriptionId, { default_payment_method: failing.id });
    const end = subscription.items.data[0].current_period_end * 1000;
    await advance(end - (await sandboxNow()) + 60_000);
    await advance(3 * 24 * 3600 * 1000 + 60_000);

    const failed = (await outboxFor(user.email)).filter((row) => row.subject.startsWith("We could not renew"));
    expect(failed).toHaveLength(1);
    expect(failed[0].text).toContain("$5.00");
    expect(failed[0].text).toMatch(/Pay now/i);
    expect(failed[0].text).toContain("http://localhost:3000/account");
  });
});
