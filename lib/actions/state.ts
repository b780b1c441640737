// Client-safe (forms import it): the one shape every server action answers with.

export type FieldErrors<Field extends string = string> = Partial<Record<Field, string[]>>;

/**
 * What a form gets back from its server action: nothing yet, done (with a sentence), or an
 * expected failure (a sentence, the fields to fix). `values` carries back only what is safe to
 * show again (never a password), so a form keeps what was typed after an error; `reason` names a
 * failure the form offers a way out of (checkout's "sold_out" links to the cart). The same
 * `{ ok, message }` shape as lib's typed results, so an action can often return a result as it is.
 */
export type ActionState<Values = never, Field extends string = string> =
  | { ok?: undefined; message?: undefined; values?: undefined; fieldErrors?: undefined }
  | { ok: true; message: string; values?: Values; fieldErrors?: undefined }
  | { ok: false; message: string; fieldErrors?: FieldErrors<Field>; values?: Values; reason?: string };

export const idle = {} as const satisfies ActionState;

/** The sentence above a form whose fields say what to fix. */
export const CHECK_THE_FIELDS = "Check the highlighted fields.";

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
