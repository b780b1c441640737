import "server-only";
import { mergeGuestCart } from "./index";
import { cartIdFromCookie, setCartCookie } from "./cookie-jar";

export { forgetCartCookie } from "./cookie-jar";

/** The cart id the browser holds as a guest (read before signing in, while it still means "guest"). */
export const guestCartIdFromCookie = cartIdFromCookie;

/**
 * After a sign-in: the guest's lines join the user's cart and the cookie points at that cart,
 * so the header count and `/cart` show the merged cart straight away.
 */
export async function mergeGuestCartIntoAccount(userId: string, guestCartId: string | undefined): Promise<string> {
  const cartId = await mergeGuestCart(guestCartId, userId);
  await setCartCookie(cartId);
  return cartId;
}
