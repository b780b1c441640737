import "server-only";
import { cartIdFromCookie, setCartCookie } from "./cookie-jar";
import { cartIdForUser, ensureCart, newCartId } from "./index";

export { CART_COOKIE, setCartCookie } from "./cookie-jar";

// The signed-in user's id comes from the caller, which has looked the session up already: the cart
// module knows cookies and carts, not who is signed in (lib/auth imports lib/cart, not the reverse).

/** The visitor's cart id for reading (pages): the user's cart when signed in, else the cookie's. */
export async function readCartId(userId: string | null | undefined): Promise<string | undefined> {
  if (userId) return cartIdForUser(userId);
  return cartIdFromCookie();
}

/** For server actions and route handlers: the visitor's cart, created (and its cookie set) if needed. */
export async function requireCartId(userId: string | null | undefined): Promise<string> {
  const existing = await readCartId(userId);
  if (existing) {
    await ensureCart(existing);
    return existing;
  }
  const id = newCartId();
  await ensureCart(id);
  await setCartCookie(id);
  return id;
}
