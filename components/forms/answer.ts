import type { ActionState, FieldErrors } from "@/lib/actions/state";

// What a form shows of its action's last answer. Apart from lib/actions/state.ts (the answer's shape
// and `idle`), so a form that reads its answer itself (add to cart, a cart line) does not ship these.

export function fieldErrorsOf<Field extends string>(state: ActionState<unknown, Field> | null): FieldErrors<Field> {
  return state?.ok === false ? (state.fieldErrors ?? {}) : {};
}

/** What the form may show again after a failure (never a password). */
export function valuesOf<Values>(state: ActionState<Values, string> | null): Partial<Values> {
  return state?.ok === false ? (state.values ?? {}) : {};
}

/** The sentence of a failure that is not about one field (those are shown beside the field). */
export function failureMessageOf(state: ActionState<unknown, string> | null): string | null {
  return state?.ok === false && !state.fieldErrors ? state.message : null;
}
