import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { carts, products, users } from "@/db/schema";
import { addItem, cartIdForUser, getCart, mergeGuestCart, newCartId } from "@/lib/cart";
import { createProduct } from "../support/catalog";

// The visitor's cart, as the server actions would find it through their cookie.
const visitor = vi.hoisted(() => ({ cartId: "" }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/cart/cookie", () => ({ requireCartId: async () => visitor.cartId }));
vi.mock("@/lib/auth", () => ({ currentUser: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { addToCart } = await import("@/app/(store)/shop/[slug]/actions");
const { removeCartItem, updateCartItem } = await import("@/app/(store)/cart/actions");

const idle = {} as const;
function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

beforeEach(() => {
  visitor.cartId = newCartId();
  revalidated.length = 0;
});

describe("adding to the cart", () => {
  it("adds the quantity asked for and refreshes the cart page", async () => {
    const product = await createProduct({ name: "Rainbow Chard", stock: 8, priceCents: 325 });
    const state = await addToCart(idle, form({ productId: product.id, quantity: 3 }));
    expect(state.ok).toBe(true);
    const cart = await getCart(visitor.cartId);
    expect(cart.lines.map((line) => [line.name, line.quantity, line.lineTotalCents])).toEqual([["Rainbow Chard", 3, 975]]);
    expect(cart.subtotalCents).toBe(975);
    expect(revalidated).toContain("/cart");
  });

  it("refuses zero, negative, fractional and non-numeric quantities with a message on the field", async () => {
    const product = await createProduct({ stock: 8 });
    for (const [quantity, message] of [
      ["0", /at least 1/],
      ["-2", /at least 1/],
      ["1.5", /whole number/],
      ["abc", /Enter a quantity/],
      ["", /quantity/i],
    ] as const) {
      const state = await addToCart(idle, form({ productId: product.id, quantity }));
      expect(state.ok, quantity).toBe(false);
      if (state.ok !== false) continue;
      expect(state.fieldErrors?.quantity?.[0], quantity).toMatch(message);
    }
    expect((await getCart(visitor.cartId)).lines).toEqual([]);
  });

  it("never goes past the stock, counting what is already in the cart", async () => {
    const product = await createProduct({ name: "Quince Paste", stock: 5 });
    const tooMany = await addToCart(idle, form({ productId: product.id, quantity: 6 }));
    expect(tooMany).toMatchObject({ ok: false, message: expect.stringMatching(/Only 5 of Quince Paste left/) });

    expect((await addToCart(idle, form({ productId: product.id, quantity: 4 }))).ok).toBe(true);
    const overflow = await addToCart(idle, form({ productId: product.id, quantity: 2 }));
    expect(overflow).toMatchObject({ ok: false, message: expect.stringMatching(/You can add 1 more/) });
    expect((await getCart(visitor.cartId)).count).toBe(4);
  });

  it("refuses sold-out, hidden and unknown products", async () => {
    const soldOut = await createProduct({ name: "Wild Garlic", stock: 0 });
    const hidden = await createProduct({ stock: 9, visible: false });
    expect(await addToCart(idle, form({ productId: soldOut.id, quantity: 1 }))).toMatchObject({ ok: false, message: "Wild Garlic is sold out." });
    expect(await addToCart(idle, form({ productId: hidden.id, quantity: 1 }))).toMatchObject({ ok: false, message: "That product is not available." });
    expect(await addToCart(idle, form({ productId: 987654, quantity: 1 }))).toMatchObject({ ok: false });
    expect(await addToCart(idle, form({ productId: "x", quantity: 1 }))).toMatchObject({ ok: false });
    expect((await getCart(visitor.cartId)).lines).toEqual([]);
  });
});

describe("changing the cart", () => {
  it("updates a line's quantity and the subtotal follows", async () => {
    const product = await createProduct({ stock: 10, priceCents: 250 });
    await addItem(visitor.cartId, product.id, 1);
    expect(await updateCartItem(idle, form({ productId: product.id, quantity: 4 }))).toMatchObject({ ok: true });
    expect((await getCart(visitor.cartId)).subtotalCents).toBe(1000);
    expect(revalidated).toContain("/cart");
  });

  it("refuses more than the stock, negatives and non-numbers, leaving the line as it was", async () => {
    const product = await createProduct({ name: "Smoked Almonds", stock: 3 });
    await addItem(visitor.cartId, product.id, 2);
    expect(await updateCartItem(idle, form({ productId: product.id, quantity: 4 }))).toMatchObject({ ok: false, message: "Only 3 of Smoked Almonds left in stock." });
    const negative = await updateCartItem(idle, form({ productId: product.id, quantity: -1 }));
    expect(negative.ok === false && negative.fieldErrors?.quantity?.[0]).toMatch(/negative/);
    const word = await updateCartItem(idle, form({ productId: product.id, quantity: "lots" }));
    expect(word.ok === false && word.fieldErrors?.quantity?.[0]).toMatch(/Enter a quantity/);
    const blank = await updateCartItem(idle, form({ productId: product.id, quantity: " " }));
    expect(blank.ok === false && blank.fieldErrors?.quantity?.[0]).toMatch(/Enter a quantity/);
    expect((await getCart(visitor.cartId)).lines[0].quantity).toBe(2);
  });

  it("removes a line with the remove button or a quantity of 0", async () => {
    const first = await createProduct({ stock: 5 });
    const second = await createProduct({ stock: 5 });
    await addItem(visitor.cartId, first.id, 1);
    await addItem(visitor.cartId, second.id, 2);
    expect(await removeCartItem(idle, form({ productId: first.id }))).toMatchObject({ ok: true });
    expect(await updateCartItem(idle, form({ productId: second.id, quantity: 0 }))).toMatchObject({ ok: true });
    expect(await getCart(visitor.cartId)).toMatchObject({ lines: [], count: 0, subtotalCents: 0 });
  });

  it("cannot change a line in someone else's cart", async () => {
    const product = await createProduct({ stock: 5 });
    const otherCart = newCartId();
    await addItem(otherCart, product.id, 2);
    // The product id is all the form carries; the cart is always the visitor's own.
    expect(await updateCartItem(idle, form({ productId: product.id, quantity: 1 }))).toMatchObject({ ok: false, message: "That item is no longer in your cart." });
    await removeCartItem(idle, form({ productId: product.id }));
    expect((await getCart(otherCart)).lines[0].quantity).toBe(2);
  });
});

describe("merging a guest cart at sign-in", () => {
  async function user(email: string) {
    const [row] = await getDb().insert(users).values({ email }).returning({ id: users.id });
    return row.id;
  }

  it("adds quantities together, capped at what is in stock, and removes the guest cart", async () => {
    const userId = await user("merge@example.com");
    const jam = await createProduct({ name: "Damson Jam", stock: 4 });
    const oats = await createProduct({ name: "Porridge Oats", stock: 20 });
    const userCart = await cartIdForUser(userId);
    await addItem(userCart, jam.id, 3);

    const guestCart = newCartId();
    await addItem(guestCart, jam.id, 2);
    await addItem(guestCart, oats.id, 5);

    expect(await mergeGuestCart(guestCart, userId)).toBe(userCart);
    const cart = await getCart(userCart);
    expect(Object.fromEntries(cart.lines.map((line) => [line.name, line.quantity]))).toEqual({ "Damson Jam": 4, "Porridge Oats": 5 });
    expect(await getDb().select().from(carts).where(eq(carts.id, guestCart))).toEqual([]);
  });

  it("drops lines that sold out while the guest was away", async () => {
    const userId = await user("sold-out@example.com");
    const product = await createProduct({ stock: 2 });
    const guestCart = newCartId();
    await addItem(guestCart, product.id, 2);
    await getDb().update(products).set({ stock: 0 }).where(eq(products.id, product.id));
    const merged = await mergeGuestCart(guestCart, userId);
    expect((await getCart(merged)).lines).toEqual([]);
  });

  it("keeps the user's cart when there is no guest cart", async () => {
    const userId = await user("no-guest@example.com");
    const product = await createProduct({ stock: 5 });
    const userCart = await cartIdForUser(userId);
    await addItem(userCart, product.id, 1);
    expect(await mergeGuestCart(undefined, userId)).toBe(userCart);
    expect((await getCart(userCart)).count).toBe(1);
  });
});
