import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { orders } from "@/db/schema";
import { getStripe } from "@/lib/payments/stripe";
import { createProduct } from "@/tests/support/catalog";
import { cartWith, shippingForm, stockOf } from "@/tests/integration/checkout-helpers";
import { routeWebhooksToHandler } from "@/tests/support/stripe";

// The shipping step as the browser submits it: the visitor's cart comes from their cookie.
const visitor = vi.hoisted(() => ({ cartId: "" }));
vi.mock("@/lib/cart/cookie", () => ({ requireCartId: async () => visitor.cartId }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => null }));

const { submitShippingAction } = await import("@/app/(store)/checkout/actions");

beforeAll(() => {
  routeWebhooksToHandler();
});

/** Runs the action; moving on to payment is a redirect, which Next throws. */
async function submit(form: FormData) {
  try {
    return { state: await submitShippingAction(null, form), redirectedTo: null };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { state: null, redirectedTo: digest.split(";")[2] };
  }
}

async function ordersOfCart(cartId: string) {
  return getDb().select().from(orders).where(eq(orders.cartId, cartId));
}

describe("the shipping step's action", () => {
  it("ignores prices sent with the form: the order and the PaymentIntent use the database's", async () => {
    const product = await createProduct({ priceCents: 1250, stock: 5 });
    visitor.cartId = await cartWith([[product.id, 2]]);
    const submitted = await submit(
      shippingForm({ priceCents: "1", unitPriceCents: "1", amount: "1", totalCents: "1", shippingCents: "0", "items[0][price]": "1" }),
    );
    expect(submitted.redirectedTo).toBe("/checkout");
    const [order] = await ordersOfCart(visitor.cartId);
    expect(order).toMatchObject({ subtotalCents: 2500, shippingCents: 495, totalCents: 2995 });
    expect((await getStripe().paymentIntents.retrieve(order.paymentIntentId ?? "")).amount).toBe(2995);
  });

  it("answers field errors for bad shipping details, keeps what was typed and creates nothing", async () => {
    const product = await createProduct({ stock: 5 });
    visitor.cartId = await cartWith([[product.id, 1]]);
    const { state } = await submit(shippingForm({ email: "not-an-email", name: " ", country: "ZZ", postalCode: "" }));
    expect(state?.ok).toBe(false);
    if (state?.ok !== false) return;
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["country", "email", "name", "postalCode"]);
    expect(state.fieldErrors?.email).toEqual(["Enter a valid email address"]);
    expect(state.values).toMatchObject({ email: "not-an-email", city: "Portland" });
    expect(await ordersOfCart(visitor.cartId)).toEqual([]);
    expect(await stockOf(product.id)).toBe(5);
  });

  it("answers a sentence, not a 500, when the form is not a form", async () => {
    expect(await submitShippingAction(null, "name=x" as unknown as FormData)).toMatchObject({ ok: false, message: "Send the form." });
  });
});
