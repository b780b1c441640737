import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emails } from "@/db/schema";
import { refundOrder } from "@/lib/admin/refunds";
import { startCheckout } from "@/lib/checkout";
import { deliverDueEmails } from "@/lib/email/sender";
import { markOrderPaid } from "@/lib/orders/payment";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "../support/catalog";
import { useSmtpServer } from "../support/smtp";
import { deliverWebhooks, routeWebhooksToHandler } from "../support/stripe";
import { adminActor } from "./admin-helpers";
import { cartWith, shipping } from "./checkout-helpers";

const smtp = useSmtpServer();
beforeAll(() => {
  routeWebhooksToHandler();
});

async function paidGuestOrder(email: string) {
  const product = await createProduct({ name: "Lunar Basil", priceCents: 1250, stock: 10 });
  const cartId = await cartWith([[product.id, 2]]);
  const checkout = await startCheckout({ cartId, userId: null, shipping: { ...shipping, email } });
  if (!checkout.ok) throw new Error(checkout.message);
  await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
  await deliverWebhooks();
  return checkout;
}

describe("emails the shop sends", () => {
  it("a paid order's receipt reaches the mail server once, with the items, the amount, the pi_ id, the address and the order link", async () => {
    const checkout = await paidGuestOrder("receipt@example.com");
    // The return page marking it paid again (a race with the webhook) makes no second receipt.
    await markOrderPaid(checkout.paymentIntentId);
    await deliverDueEmails();

    expect(smtp().received).toHaveLength(1);
    const [mail] = smtp().received;
    expect(mail.subject).toContain("receipt");
    const total = await getStripe().paymentIntents.retrieve(checkout.paymentIntentId);
    const charged = `$${(total.amount_received / 100).toFixed(2)}`;
    for (const part of [mail.text ?? "", String(mail.html)]) {
      expect(part).toContain(charged);
      expect(part).toContain(checkout.paymentIntentId);
      expect(part).toMatch(/pi_[A-Za-z0-9]+/);
      expect(part).toContain("Lunar Basil");
      expect(part).toContain("12 Orchard Lane");
    }
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/guest-orders\/[^?\s]+\?key=[A-Za-z0-9_-]{20,}/);
  });

  it("a refund sends the refunded amount and the items", async () => {
    const checkout = await paidGuestOrder("refund@example.com");
    const admin = await adminActor();
    expect(await refundOrder(admin, { orderId: checkout.orderId, amount: "5", requestId: randomUUID() })).toMatchObject({ ok: true });
    await deliverWebhooks();
    await deliverDueEmails();
    const refundMail = smtp().received.find((mail) => mail.subject?.startsWith("Refund"));
    expect(refundMail?.subject).toBe(`Refund of $5.00 for order ${checkout.orderId}`);
    expect(refundMail?.text).toContain("Lunar Basil");
    const rows = await getDb().select().from(emails).where(eq(emails.to, "refund@example.com"));
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent"]);
  });
});
