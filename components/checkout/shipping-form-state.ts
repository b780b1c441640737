import type { ActionState } from "@/lib/actions/state";
import type { ShippingField } from "@/lib/checkout/shipping";

/** What the shipping step's server action answers when it does not move on to payment. */
export type ShippingFormState = ActionState<Partial<Record<ShippingField, string>>, ShippingField>;
