import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { registerUser } from "@/lib/auth/registration";
import { startCheckout } from "@/lib/checkout";
import { claimGuestOrders } from "@/lib/orders/guest-orders";
import { guestOrderKey, isGuestOrderKey } from "@/lib/orders/order-link";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "../support/catalog";
import { deliverWebhooks, routeWebhooksToHandler } from "../support/stripe";
import { cartWith, shipping } from "./checkout-helpers";
import { outboxFor } from "@/tests/support/outbox";

beforeAll(() => {
  routeWebhooksToHandler();
});

async function guestOrder(email: string) {
  const product = await createProduct({ priceCents: 800 });
  const cartId = await cartWith([[product.id, 1]]);
  const checkout = await startCheckout({ cartId, userId: null, shipping: { ...shipping, email } });
  if (!checkout.ok) throw new Error(checkout.message);
  await getStripe().paymentIntents.confirm(checkout.paymentIntentId, { payment_method: "pm_card_visa", return_url: "http://localhost/checkout/complete" });
  await deliverWebhooks();
  return checkout.orderId;
}

const ownerOf = async (orderId: string) => (await getDb().select({ userId: orders.userId }).from(orders).where(eq(orders.id, orderId)))[0].userId;

describe("guest orders", () => {
  it("the receipt's signed link opens only that order", async () => {
    const orderId = await guestOrder("guest-link@example.com");
    const other = await guestOrder("guest-link@example.com");
    const [receipt] = await outboxFor("guest-link@example.com");
    const key = guestOrderKey(orderId);
    expect(receipt.text).toContain(`/guest-orders/${orderId}?key=${key}`);
    expect(isGuestOrderKey(orderId, key)).toBe(true);
    expect(isGuestOrderKey(other, key)).toBe(false);
    expect(isGuestOrderKey(orderId, key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"))).toBe(false);
    expect(isGuestOrderKey(orderId, undefined)).toBe(false);
  });

  it("registering with the same email emails a link that attaches the past guest orders, and only for that account", async () => {
    const email = "guest-later@example.com";
    const first = await guestOrder(email);
    const second = await guestOrder(email);
    const registered = await registerUser({ email, password: "orbital-basil-garden-17" });
    if (!registered.ok) throw new Error("registration failed");
    expect(await ownerOf(first)).toBeNull();

    const welcome = (await outboxFor(email)).find((row) => row.subject.startsWith("Add your earlier orders"));
    expect(welcome?.text).toContain("2 earlier orders");
    const key = welcome!.text.match(/claim-orders\?key=([A-Za-z0-9_-]+)/)![1];

    const stranger = await registerUser({ email: "stranger@example.com", password: "another-lunar-melon-55" });
    if (!stranger.ok) throw new Error("registration failed");
    expect(await claimGuestOrders(stranger.user.id, key)).toMatchObject({ ok: false });

    expect(await claimGuestOrders(registered.user.id, key)).toEqual({ ok: true, attached: 2 });
    expect(await ownerOf(first)).toBe(registered.user.id);
    expect(await ownerOf(second)).toBe(registered.user.id);
  });

  it("resetting the password through the emailed link attaches the guest orders too", async () => {
    const email = "guest-reset@example.com";
    const registered = await registerUser({ email, password: "orbital-basil-garden-17" });
    if (!registered.ok) throw new Error("registration failed");
    const orderId = await guestOrder(email);
    expect(await ownerOf(orderId)).toBeNull();
    await requestPasswordReset({ email }, "203.0.113.99");
    const mail = (await outboxFor(email)).find((row) => row.subject.startsWith("Reset"));
    const token = mail!.text.match(/token=([A-Za-z0-9_-]+)/)![1];
    expect(await resetPassword({ token, newPassword: "velvet-comet-harvest-91", confirmPassword: "velvet-comet-harvest-91" }, "203.0.113.99")).toMatchObject({ ok: true });
    expect(await ownerOf(orderId)).toBe(registered.user.id);
  });
});
