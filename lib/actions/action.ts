import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isAdmin, REFUSAL, type AdminUser } from "@/lib/admin/access";
import { currentUser, type SessionUser } from "@/lib/auth";
import { formOf, SEND_THE_FORM } from "./form";
import { CHECK_THE_FIELDS, type ActionState } from "./state";
import { fieldErrorsText, noticeText } from "@/lib/i18n/server";
import { fieldNoticeOf } from "@/lib/i18n/notice";

/** Who may run an action: anyone (the cart is the visitor's own), a signed-in user, or an admin. */
type Actors = { visitor: SessionUser | null; user: SessionUser; admin: SessionUser & AdminUser };
export type ActionAuth = keyof Actors;

type Options<Schema extends z.ZodType, Auth extends ActionAuth, Values> = {
  /** Parses the submitted form's fields (`Object.fromEntries(form)`); a failure is answered field by field. */
  input: Schema;
  auth: Auth;
  /** For `auth: "user"`: where a signed-out visitor comes back to after signing in (default /account; null: plain /login). */
  signInReturnTo?: string | null | ((form: FormData) => string);
  /** What a form may show again after its fields were refused (never a password). */
  keep?: (form: FormData) => Values;
  /** The sentence for a refused field the form does not show (a hidden id), instead of a field error. */
  hiddenFields?: Partial<Record<string, string>>;
};

/**
 * The preamble of every server action, in one place (saas-starter's `validatedActionWithUser`):
 * the payload must be a form, the actor is checked (signed-out users go to sign in, non-admins get
 * the admin console's `REFUSAL`, which does not reveal it), the fields are parsed with zod, then
 * `run` does the work and returns the one `ActionState`. Expected failures are values; only bugs throw.
 */
export function action<Schema extends z.ZodType, Auth extends ActionAuth, Values = never>(
  options: Options<Schema, Auth, Values>,
  run: (data: z.output<Schema>, context: { actor: Actors[Auth]; form: FormData }) => Promise<ActionState<Values>>,
): (previous: ActionState<Values> | null, form: FormData) => Promise<ActionState<Values>> {
  return async (_previous, payload) => {
    const actor = await actorFor(options.auth, returnTo(options.signInReturnTo, payload));
    if (actor === REFUSED) return REFUSAL;
    const form = formOf(payload);
    if (!form) return { ok: false, message: SEND_THE_FORM };
    const parsed = options.input.safeParse(Object.fromEntries(form));
    if (!parsed.success) return refusedFields(await fieldErrorsText(fieldErrorsOfIssues(parsed.error)), form, options);
    return run(parsed.data, { actor: actor as Actors[Auth], form });
  };
}

const REFUSED = Symbol("refused");

async function refusedFields<Values>(fieldErrors: Partial<Record<string, string[]>>, form: FormData, { keep, hiddenFields = {} }: Options<z.ZodType, ActionAuth, Values>): Promise<ActionState<Values>> {
  const values = keep?.(form);
  const hidden = Object.keys(fieldErrors).find((field) => hiddenFields[field] !== undefined);
  if (hidden) {
    const sentence = hiddenFields[hidden] ?? CHECK_THE_FIELDS;
    const said = fieldNoticeOf(sentence);
    return { ok: false, message: said ? await noticeText({ message: sentence, notice: said }) : sentence, values };
  }
  return { ok: false, message: CHECK_THE_FIELDS, fieldErrors, values };
}

function fieldErrorsOfIssues(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

function returnTo(signInReturnTo: Options<z.ZodType, ActionAuth, unknown>["signInReturnTo"] = "/account", form: unknown): string | null {
  if (typeof signInReturnTo !== "function") return signInReturnTo;
  const submitted = formOf(form);
  return submitted ? signInReturnTo(submitted) : "/account";
}

async function actorFor(auth: ActionAuth, signInReturnTo: string | null): Promise<Actors[ActionAuth] | typeof REFUSED> {
  const user = await currentUser();
  if (auth === "visitor") return user;
  if (auth === "admin") return isAdmin(user) ? user : REFUSED;
  if (!user) redirect(signInReturnTo === null ? "/login" : `/login?callbackUrl=${encodeURIComponent(signInReturnTo)}`);
  return user;
}

/** A form text field: missing or not text (a file) reads as empty, so the rule that follows decides. */
export const formText = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());

/** The text of one submitted field, for `keep`: missing or a file reads as empty. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
