import "server-only";
import { cookies } from "next/headers";

// The cart cookie itself, with no idea of who is signed in: sign-in (lib/cart/merge.ts) and the
// visitor's cart (lib/cart/cookie.ts) both build on it, so neither needs the other.

export const CART_COOKIE = "be_cart";
const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 60;
const CART_ID = /^[0-9a-f-]{36}$/;

/** The cart id the browser's cookie holds, if it is well formed. */
export async function cartIdFromCookie(): Promise<string | undefined> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && CART_ID.test(value) ? value : undefined;
}

export async function setCartCookie(cartId: string) {
  (await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https:"),
    path: "/",
    maxAge: CART_COOKIE_MAX_AGE,
  });
}

/**
 * At sign-out the cookie must stop pointing at the user's cart, or the next person at this
 * browser would see (and fill) it as a guest.
 */
export async function forgetCartCookie() {
  (await cookies()).delete(CART_COOKIE);
}
