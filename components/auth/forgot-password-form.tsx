"use client";

import { useActionState } from "react";
import { forgotPasswordAction, type ForgotPasswordState } from "@/app/(auth)/forgot-password/actions";
import { failureMessageOf, fieldErrorsOf, idle, valuesOf } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, idle);
  if (state.ok) return <Alert tone="success">{state.message}</Alert>;
  const errors = fieldErrorsOf(state);
  const values = valuesOf(state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {failureMessageOf(state) ? <Alert tone="error">{failureMessageOf(state)}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
