import type { ActionState } from "@/lib/actions/state";

/** What a cart form shows after its action ran: the quantity's error, a sentence, or nothing yet. */
export type CartFormState = ActionState<never, "quantity">;
