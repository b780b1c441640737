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
