import { describe, expect, it, vi } from "vitest";
import { startCheckout } from "@/lib/checkout";
import { releaseExpiredReservations } from "@/lib/orders/sweeper";
import { createProduct } from "@/tests/support/catalog";
import { cartWith, orderRow, shipping, stockOf } from "./checkout-helpers";

// What Next does when a page render triggers the sweep: revalidating a tag during render throws.
vi.mock("next/cache", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next/cache")>();
  return {
    ...actual,
    revalidateTag: vi.fn((tag: string) => {
      throw new Error(`Route "/checkout": \`revalidateTag ${tag}\` can't be called during render. Call it from a Server Action or Route Handler instead.`);
    }),
  };
});

describe("a reservation sweep triggered from a page render", () => {
  it("releases every expired order, not just the first", async () => {
    const started = [];
    for (let i = 0; i < 3; i += 1) {
      const product = await createProduct({ stock: 2 });
      const checkout = await startCheckout({ cartId: await cartWith([[product.id, 2]]), userId: null, shipping });
      if (!checkout.ok) throw new Error(checkout.message);
      started.push({ product, orderId: checkout.orderId });
    }
    const result = await releaseExpiredReservations(new Date(Date.now() + 31 * 60_000));
    expect(result.canceled).toBe(3);
    for (const { product, orderId } of started) {
      expect(await orderRow(orderId)).toMatchObject({ status: "canceled" });
      expect(await stockOf(product.id)).toBe(2);
    }
  });
});
