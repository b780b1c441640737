import "server-only";
import { currentUser } from "@/lib/auth";
import { cartIdFromCookie, setCartCookie } from "./cookie-jar";
import { cartIdForUser, ensureCart, newCartId } from "./index";

export { CART_COOKIE, setCartCookie } from "./cookie-jar";

/** The visitor's cart id for reading (pages): the user's cart when signed in, else the cookie's. */
export async function readCartId(): Promise<string | undefined> {
  const user = await currentUser();
  if (user) return cartIdForUser(user.id);
  return cartIdFromCookie();
}

/** For server actions and route handlers: the visitor's cart, created (and its cookie set) if needed. */
export async function requireCartId(): Promise<string> {
  const existing = await readCartId();
  if (existing) {
    await ensureCart(existing);
    return existing;
  }
  const id = newCartId();
  await ensureCart(id);
  await setCartCookie(id);
  return id;
}
