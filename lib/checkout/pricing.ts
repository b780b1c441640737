/**
 * The shop's shipping rule and order totals, in integer cents. Prices always come from the
 * database: this module only adds them up.
 */
export const FLAT_SHIPPING_CENTS = 495;
export const FREE_SHIPPING_FROM_CENTS = 5000;

export function shippingFor(subtotalCents: number): number {
  if (subtotalCents <= 0) return 0;
  return subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : FLAT_SHIPPING_CENTS;
}

export type PricedLine = { unitPriceCents: number; quantity: number };
export type OrderTotals = { subtotalCents: number; shippingCents: number; totalCents: number };

export function orderTotals(lines: readonly PricedLine[]): OrderTotals {
  const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const shippingCents = shippingFor(subtotalCents);
  return { subtotalCents, shippingCents, totalCents: subtotalCents + shippingCents };
}

/** The sentence the checkout shows (and the assistant's support guide repeats). */
export const SHIPPING_RULE = "Shipping is a flat $4.95, free on orders of $50.00 or more.";
