import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { cartItems, carts, orders, products, stockReservations } from "@/db/schema";
import { fieldMessage, notice, type Noticed } from "@/lib/i18n/notice";

export const MAX_LINE_QUANTITY = 99;

export const quantitySchema = z.coerce
  .number({ message: fieldMessage("enterQuantity") })
  .refine(Number.isFinite, fieldMessage("enterQuantity"))
  .int(fieldMessage("wholeNumber"))
  .min(1, fieldMessage("atLeastOne"))
  .max(MAX_LINE_QUANTITY, fieldMessage("atMostPerItem", { max: MAX_LINE_QUANTITY }));

export type CartLine = {
  productId: number;
  slug: string;
  name: string;
  image: string;
  /** The product's photo (lib/catalog/photo-urls.ts), or null: the category drawing in `image`. */
  photo: string | null;
  category: string;
  unitPriceCents: number;
  quantity: number;
  stock: number;
  lineTotalCents: number;
};

export type CartView = { id: string; lines: CartLine[]; count: number; subtotalCents: number };

/**
 * Why an item could not be added, as data besides the message, for callers that word it themselves
 * (the assistant, in the shopper's language): stock_limit says how many are `left` and how much
 * `room` this cart has; line_limit the `max` of one item per order.
 */
export type CartProblem = "unavailable" | "sold_out" | "stock_limit" | "line_limit";
export type CartResult =
  | { ok: true; quantity: number }
  | ({ ok: false; problem?: CartProblem; left?: number; room?: number; max?: number } & Noticed);

export function newCartId() {
  return crypto.randomUUID();
}

export async function ensureCart(cartId: string, userId?: string | null, executor: Executor = db) {
  await executor
    .insert(carts)
    .values({ id: cartId, userId: userId ?? null })
    .onConflictDoNothing();
}

/** A signed-in user's cart, created on first use. */
export async function cartIdForUser(userId: string, executor: Executor = db): Promise<string> {
  const [existing] = await executor.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  if (existing) return existing.id;
  const id = newCartId();
  await executor.insert(carts).values({ id, userId }).onConflictDoNothing();
  const [row] = await executor.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  return row.id;
}

/**
 * Units this cart's own pending checkout has reserved. They left `products.stock` when the
 * checkout started but are still this shopper's to buy, so for this cart they count as in stock.
 */
export async function stockHeldByOwnCheckout(cartId: string, executor: Executor = db, productId?: number): Promise<Map<number, number>> {
  const rows = await executor
    .select({ productId: stockReservations.productId, quantity: sql<number>`sum(${stockReservations.quantity})` })
    .from(stockReservations)
    .innerJoin(orders, eq(orders.id, stockReservations.orderId))
    .where(
      and(
        eq(orders.cartId, cartId),
        eq(orders.status, "pending"),
        eq(stockReservations.status, "active"),
        productId === undefined ? undefined : eq(stockReservations.productId, productId),
      ),
    )
    .groupBy(stockReservations.productId);
  return new Map(rows.map((row) => [row.productId, Number(row.quantity)]));
}

/** A visible product in the cart, with the product's own stock (before what this cart's checkout holds). */
export type CartRow = Omit<CartLine, "lineTotalCents">;

/** The cart's lines as the cart page and checkout both read them: visible products, in the order added. */
export async function cartRows(cartId: string, executor: Executor = db): Promise<CartRow[]> {
  const rows = await executor
    .select({
      productId: products.id,
      slug: products.slug,
      name: products.name,
      image: products.image,
      photo: products.photo,
      category: products.category,
      unitPriceCents: products.priceCents,
      stock: products.stock,
      visible: products.visible,
      quantity: cartItems.quantity,
    })
    .from(cartItems)
    .innerJoin(products, eq(products.id, cartItems.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(cartItems.addedAt, products.name);
  return rows.filter((row) => row.visible && row.quantity > 0).map(({ visible: _visible, ...row }) => row);
}

export async function getCart(cartId: string): Promise<CartView> {
  const rows = await cartRows(cartId);
  const held = rows.length > 0 ? await stockHeldByOwnCheckout(cartId) : new Map<number, number>();
  const lines = rows.map((row) => ({ ...row, stock: row.stock + (held.get(row.productId) ?? 0), lineTotalCents: row.unitPriceCents * row.quantity }));
  return {
    id: cartId,
    lines,
    count: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalCents: lines.reduce((sum, line) => sum + line.lineTotalCents, 0),
  };
}

export async function cartCount(cartId: string | undefined): Promise<number> {
  if (!cartId) return 0;
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${cartItems.quantity}), 0)` })
    .from(cartItems)
    .where(eq(cartItems.cartId, cartId));
  return Number(row?.n ?? 0);
}

/** "Sold out" or "only N left", with how many more this cart may add when that is the question. */
function stockNotice(name: string, stock: number, room?: number): Noticed {
  if (stock === 0) return notice("soldOut", { name });
  if (room === undefined) return notice("onlyLeft", { count: stock, name });
  return room > 0 ? notice("onlyLeftRoom", { count: stock, name, room }) : notice("onlyLeftAllInCart", { count: stock, name });
}

async function sellableProduct(productId: number, executor: Executor, cartId: string) {
  const [product] = await executor
    .select({ id: products.id, name: products.name, stock: products.stock, visible: products.visible })
    .from(products)
    .where(eq(products.id, productId));
  if (!product?.visible) return undefined;
  const held = await stockHeldByOwnCheckout(cartId, executor, productId);
  return { ...product, stock: product.stock + (held.get(productId) ?? 0) };
}

/** The product as this cart may still buy it, and the cart's line of it (if any); undefined when it is not for sale. */
async function productForLine(executor: Executor, cartId: string, productId: number) {
  const product = await sellableProduct(productId, executor, cartId);
  if (!product) return undefined;
  const [line] = await executor
    .select({ quantity: cartItems.quantity })
    .from(cartItems)
    .where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)));
  return { product, line };
}

/** Adds to the line (or creates it), never past the stock that can still be sold. */
export async function addItem(cartId: string, productId: number, quantity: number): Promise<CartResult> {
  return db.transaction(async (tx) => {
    const found = await productForLine(tx, cartId, productId);
    if (!found) return { ok: false, ...notice("productUnavailable"), problem: "unavailable" };
    const { product, line } = found;
    const wanted = (line?.quantity ?? 0) + quantity;
    if (product.stock === 0) return { ok: false, ...stockNotice(product.name, 0), problem: "sold_out" };
    if (wanted > product.stock) {
      const room = product.stock - (line?.quantity ?? 0);
      return {
        ok: false,
        ...stockNotice(product.name, product.stock, room),
        problem: "stock_limit",
        left: product.stock,
        room: Math.max(0, room),
      };
    }
    if (wanted > MAX_LINE_QUANTITY) return { ok: false, ...notice("lineLimit", { max: MAX_LINE_QUANTITY }), problem: "line_limit", max: MAX_LINE_QUANTITY };
    await ensureCart(cartId, null, tx);
    await tx
      .insert(cartItems)
      .values({ cartId, productId, quantity: wanted })
      .onConflictDoUpdate({ target: [cartItems.cartId, cartItems.productId], set: { quantity: wanted } });
    await tx.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
    return { ok: true, quantity: wanted };
  });
}

/** Sets a line's quantity; 0 removes it. */
export async function setQuantity(cartId: string, productId: number, quantity: number): Promise<CartResult> {
  if (quantity === 0) {
    await removeItem(cartId, productId);
    return { ok: true, quantity: 0 };
  }
  return db.transaction(async (tx) => {
    const found = await productForLine(tx, cartId, productId);
    if (!found) return { ok: false, ...notice("productUnavailable") };
    const { product, line } = found;
    // Lowering is always allowed: the shopper's own checkout may be holding the stock right now.
    if (quantity > product.stock && quantity > (line?.quantity ?? 0)) return { ok: false, ...stockNotice(product.name, product.stock) };
    const updated = await tx
      .update(cartItems)
      .set({ quantity })
      .where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)))
      .returning({ productId: cartItems.productId });
    if (updated.length === 0) return { ok: false, ...notice("notInCart") };
    return { ok: true, quantity };
  });
}

export async function removeItem(cartId: string, productId: number) {
  await db.delete(cartItems).where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)));
}

/**
 * At sign-in the guest cart joins the user's cart: quantities add up, capped at what is in stock,
 * and the guest cart is removed. Returns the user's cart id, which the cookie should then hold.
 */
export async function mergeGuestCart(guestCartId: string | undefined, userId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const userCartId = await cartIdForUser(userId, tx);
    if (!guestCartId || guestCartId === userCartId) return userCartId;
    const [guest] = await tx.select({ id: carts.id, userId: carts.userId }).from(carts).where(eq(carts.id, guestCartId));
    if (!guest || (guest.userId && guest.userId !== userId)) return userCartId;

    const guestLines = await tx
      .select({ productId: cartItems.productId, quantity: cartItems.quantity, stock: products.stock })
      .from(cartItems)
      .innerJoin(products, eq(products.id, cartItems.productId))
      .where(eq(cartItems.cartId, guestCartId));
    for (const line of guestLines) {
      const [existing] = await tx
        .select({ quantity: cartItems.quantity })
        .from(cartItems)
        .where(and(eq(cartItems.cartId, userCartId), eq(cartItems.productId, line.productId)));
      const merged = Math.min((existing?.quantity ?? 0) + line.quantity, line.stock, MAX_LINE_QUANTITY);
      if (merged <= 0) continue;
      await tx
        .insert(cartItems)
        .values({ cartId: userCartId, productId: line.productId, quantity: merged })
        .onConflictDoUpdate({ target: [cartItems.cartId, cartItems.productId], set: { quantity: merged } });
    }
    await tx.delete(carts).where(eq(carts.id, guestCartId));
    return userCartId;
  });
}
