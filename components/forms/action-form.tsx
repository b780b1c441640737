"use client";

import { useActionState, type ReactNode } from "react";
import { idle, type ActionState, type FieldErrors } from "@/lib/actions/state";
import { failureMessageOf, fieldErrorsOf, valuesOf } from "@/components/forms/answer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormMessage } from "@/components/forms/use-form-message";

/** What a form's fields read from the action's last answer: their errors and what was typed. */
export type FormAnswer<Values, Field extends string> = { errors: FieldErrors<Field>; values: Partial<Values> };
export type FormAction<Values, Field extends string> = (state: ActionState<Values, Field>, form: FormData) => Promise<ActionState<Values, Field>>;

/**
 * A form posting to one server action: hidden inputs, the failure that belongs to no field above the
 * fields, and a submit button that says what is happening while the action runs. `children` gets the
 * action's last answer's field errors (in the shopper's language) and the values it sent back, so each
 * field can show its own error and keep what was typed.
 */
export function ActionForm<Values, Field extends string>({
  action,
  hidden = {},
  submit,
  className = "flex flex-col gap-4",
  children,
}: {
  action: FormAction<Values, Field>;
  hidden?: Record<string, string>;
  submit: { label: string; pending: string; variant?: "primary" | "danger"; className?: string };
  className?: string;
  /** The fields; a form that only confirms (its hidden inputs and the button) has none. */
  children?: (answer: FormAnswer<Values, Field>) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionState<Values, Field>, FormData>(action, idle);
  const { message, fieldErrors } = useFormMessage();
  const failure = failureMessageOf(state);
  return (
    <form action={formAction} className={className} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure ? <Alert tone="error">{message(failure)}</Alert> : null}
      {children?.({ errors: fieldErrors(fieldErrorsOf(state)), values: valuesOf(state) })}
      <Button type="submit" variant={submit.variant} disabled={pending} className={submit.className}>
        {pending ? submit.pending : submit.label}
      </Button>
    </form>
  );
}
