import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderEvents, orders, products, stockReservations } from "@/db/schema";
import { addItem, ensureCart, newCartId } from "@/lib/cart";
import type { ShippingDetails } from "@/lib/checkout/shipping";

export const shipping: ShippingDetails = {
  name: "Ada Lovelace",
  email: "ada@example.com",
  address: "12 Orchard Lane",
  city: "Portland",
  postalCode: "97201",
  country: "US",
};

/** A guest cart holding the given products and quantities. */
export async function cartWith(lines: Array<[productId: number, quantity: number]>): Promise<string> {
  const cartId = newCartId();
  await ensureCart(cartId);
  for (const [productId, quantity] of lines) {
    const added = await addItem(cartId, productId, quantity);
    if (!added.ok) throw new Error(added.message);
  }
  return cartId;
}

export function shippingForm(overrides: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...shipping, ...overrides })) form.set(key, value);
  return form;
}

export async function stockOf(productId: number): Promise<number> {
  const [row] = await getDb().select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  return row.stock;
}

export async function orderRow(orderId: string) {
  const [row] = await getDb().select().from(orders).where(eq(orders.id, orderId));
  return row;
}

export async function timelineTypes(orderId: string): Promise<string[]> {
  const rows = await getDb().select({ type: orderEvents.type }).from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
  return rows.map((row) => row.type);
}

export async function reservationStatuses(orderId: string): Promise<string[]> {
  const rows = await getDb().select({ status: stockReservations.status }).from(stockReservations).where(eq(stockReservations.orderId, orderId));
  return rows.map((row) => row.status);
}

/** Units of each reserved product that could not be taken from stock again (see retakeReleasedStock). */
export async function shortfallOf(orderId: string) {
  return getDb()
    .select({ productId: stockReservations.productId, shortfall: stockReservations.shortfall })
    .from(stockReservations)
    .where(eq(stockReservations.orderId, orderId));
}
