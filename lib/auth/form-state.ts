/**
 * What the account and sign-in forms get back from their server actions. `values` carries back
 * only what is safe to show again (never a password), so a form keeps the email after an error.
 */
export type FormState<Field extends string> =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: Partial<Record<Field, string[]>>; values?: Partial<Record<Field, string>> }
  | { status: "error"; message: string; values?: Partial<Record<Field, string>> }
  | { status: "ok"; message: string };

export const idle = { status: "idle" } as const;

export function fieldErrorsOf<Field extends string>(state: FormState<Field>): Partial<Record<Field, string[]>> {
  return state.status === "invalid" ? state.fieldErrors : {};
}

export function valuesOf<Field extends string>(state: FormState<Field>): Partial<Record<Field, string>> {
  return state.status === "invalid" || state.status === "error" ? (state.values ?? {}) : {};
}

/** A text field from a submitted form; anything else (missing, a file) reads as empty. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
