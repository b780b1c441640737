/** Fired by client components after they change the cart, so the header count follows. */
export const CART_CHANGED_EVENT = "beyond-earth:cart-changed";

export function announceCartChanged() {
  window.dispatchEvent(new Event(CART_CHANGED_EVENT));
}
