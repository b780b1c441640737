import { describe, expect, it, vi } from "vitest";
import { addItem, cartIdForUser, getCart } from "@/lib/cart";
import { CART_COOKIE, readCartId, requireCartId } from "@/lib/cart/cookie";
import { forgetCartCookie, guestCartIdFromCookie, mergeGuestCartIntoAccount } from "@/lib/cart/merge";
import { registerUser } from "@/lib/auth/registration";
import { createProduct } from "../support/catalog";

// The browser's cookie jar and the session, as the server actions see them through next/headers and auth().
const browser = vi.hoisted(() => ({ cookies: new Map<string, string>(), user: null as { id: string } | null }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void browser.cookies.set(name, value),
    delete: (name: string) => void browser.cookies.delete(name),
  }),
}));
vi.mock("@/lib/auth", () => ({ currentUser: async () => browser.user }));

describe("guest cart at sign-in", () => {
  it("joins the user's cart, and the signed-in visitor then reads the merged cart", async () => {
    const bread = await createProduct({ name: "Sourdough", stock: 10 });
    const oats = await createProduct({ name: "Oats", stock: 3 });
    const result = await registerUser({ email: "shopper@example.com", password: "basket-full-1" });
    if (!result.ok) throw new Error("registration failed in test setup");
    const user = result.user;

    // Earlier, on another device: the account's cart already holds 2 oats.
    await addItem(await cartIdForUser(user.id), oats.id, 2);

    // Now as a guest in this browser: 1 sourdough and 2 oats.
    const guestCartId = await requireCartId(browser.user?.id);
    await addItem(guestCartId, bread.id, 1);
    await addItem(guestCartId, oats.id, 2);
    expect(browser.cookies.get(CART_COOKIE)).toBe(guestCartId);

    expect(await guestCartIdFromCookie()).toBe(guestCartId);
    const merged = await mergeGuestCartIntoAccount(user.id, guestCartId);
    browser.user = { id: user.id };

    expect(browser.cookies.get(CART_COOKIE)).toBe(merged);
    expect(await readCartId(browser.user?.id)).toBe(merged);
    const cart = await getCart(merged);
    expect(cart.lines.map((line) => [line.name, line.quantity])).toEqual(
      expect.arrayContaining([
        ["Sourdough", 1],
        ["Oats", 3], // 2 + 2, capped at the 3 in stock
      ]),
    );
    expect(cart.count).toBe(4);
  });

  it("forgets the user's cart at sign-out, so the next guest at this browser starts empty", async () => {
    const result = await registerUser({ email: "leaver@example.com", password: "basket-full-1" });
    if (!result.ok) throw new Error("registration failed in test setup");
    const product = await createProduct();
    browser.user = { id: result.user.id };
    const userCart = await mergeGuestCartIntoAccount(result.user.id, undefined);
    await addItem(userCart, product.id, 1);

    await forgetCartCookie();
    browser.user = null;
    expect(await readCartId(null)).toBeUndefined();
    const guestCart = await requireCartId(null);
    expect(guestCart).not.toBe(userCart);
    expect((await getCart(guestCart)).count).toBe(0);
  });

  it("ignores a cookie that is not a cart id", async () => {
    browser.cookies.set(CART_COOKIE, "../../etc/passwd");
    expect(await guestCartIdFromCookie()).toBeUndefined();
  });
});
