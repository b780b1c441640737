"use client";

import { useActionState, type ReactNode } from "react";
import { failureMessageOf, idle, type ActionState } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormMessage } from "@/components/forms/use-form-message";

/**
 * A form posting to one server action: hidden inputs, the failure that belongs to no field above the
 * fields, and a submit button that says what is happening while the action runs. `children` gets the
 * action's last answer, so each field can show its own error and keep what was typed.
 */
export function ActionForm<Values, Field extends string>({
  action,
  hidden = {},
  submit,
  className = "flex flex-col gap-4",
  children,
}: {
  action: (state: ActionState<Values, Field>, form: FormData) => Promise<ActionState<Values, Field>>;
  hidden?: Record<string, string>;
  submit: { label: string; pending: string; variant?: "primary" | "danger"; className?: string };
  className?: string;
  children: (state: ActionState<Values, Field>) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionState<Values, Field>, FormData>(action, idle);
  const { message } = useFormMessage();
  const failure = failureMessageOf(state);
  return (
    <form action={formAction} className={className} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure ? <Alert tone="error">{message(failure)}</Alert> : null}
      {children(state)}
      <Button type="submit" variant={submit.variant} disabled={pending} className={submit.className}>
        {pending ? submit.pending : submit.label}
      </Button>
    </form>
  );
}
