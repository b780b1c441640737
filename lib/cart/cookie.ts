import "server-only";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth";
import { cartIdForUser, ensureCart, newCartId } from "./index";

export const CART_COOKIE = "be_cart";
const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 60;
const CART_ID = /^[0-9a-f-]{36}$/;

/** The visitor's cart id for reading (pages): the user's cart when signed in, else the cookie's. */
export async function readCartId(): Promise<string | undefined> {
  const user = await currentUser();
  if (user) return cartIdForUser(user.id);
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
