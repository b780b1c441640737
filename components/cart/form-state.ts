/** What a cart form shows after its action ran: a field error, a message, or nothing yet. */
export type CartFormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors?: { quantity?: string[] } };

export const idleCartFormState: CartFormState = { status: "idle" };
