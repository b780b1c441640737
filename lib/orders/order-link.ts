import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/config/env";

/**
 * Links to an order for its emails. A signed-in shopper's order is at /orders/[id]; a guest's
 * receipt carries /guest-orders/[id]?key=…, where the key is an HMAC of the order id under
 * AUTH_SECRET: unguessable, needs no account, and cannot be turned into another order's link.
 */
function secret(): string {
  const configured = process.env.AUTH_SECRET ?? env().AUTH_SECRET;
  if (configured) return configured;
  if (env().NODE_ENV === "production") throw new Error("AUTH_SECRET is required to sign guest order links");
  return "beyond-earth-development-guest-links";
}

export function guestOrderKey(orderId: string): string {
  return createHmac("sha256", secret()).update(`guest-order:${orderId}`).digest("base64url");
}

export function isGuestOrderKey(orderId: string, key: unknown): boolean {
  if (typeof key !== "string" || key.length === 0 || key.length > 100) return false;
  const expected = Buffer.from(guestOrderKey(orderId));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function appUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

/** Where an order's emails point: the account page for a shopper's order, the signed link for a guest's. */
export function orderUrl(order: { id: string; userId: string | null }): string {
  if (order.userId) return appUrl(`/orders/${encodeURIComponent(order.id)}`);
  return appUrl(`/guest-orders/${encodeURIComponent(order.id)}?key=${guestOrderKey(order.id)}`);
}
