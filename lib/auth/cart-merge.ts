import "server-only";
import { cookies } from "next/headers";
import { mergeGuestCart } from "@/lib/cart";
import { CART_COOKIE, setCartCookie } from "@/lib/cart/cookie";

const CART_ID = /^[0-9a-f-]{36}$/;

/** The cart id the browser holds as a guest (read before signing in, while it still means "guest"). */
export async function guestCartIdFromCookie(): Promise<string | undefined> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && CART_ID.test(value) ? value : undefined;
}

/**
 * After a sign-in: the guest's lines join the user's cart and the cookie points at that cart,
 * so the header count and `/cart` show the merged cart straight away.
 */
export async function mergeGuestCartIntoAccount(userId: string, guestCartId: string | undefined): Promise<string> {
  const cartId = await mergeGuestCart(guestCartId, userId);
  await setCartCookie(cartId);
  return cartId;
}

/**
 * At sign-out the cookie must stop pointing at the user's cart, or the next person at this
 * browser would see (and fill) it as a guest.
 */
export async function forgetCartCookie() {
  (await cookies()).delete(CART_COOKIE);
}
