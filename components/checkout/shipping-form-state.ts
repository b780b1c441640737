import type { ShippingField } from "@/lib/checkout/shipping";

export type ShippingValues = Partial<Record<ShippingField, string>>;

/** What the shipping step's server action answers when it does not move on to payment. */
export type ShippingFormState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: Partial<Record<ShippingField, string[]>>; values: ShippingValues }
  | { status: "error"; message: string; soldOut: boolean; values: ShippingValues };

export const idleShippingForm: ShippingFormState = { status: "idle" };
