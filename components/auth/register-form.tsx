"use client";

import { useActionState } from "react";
import { registerAction, type RegisterState } from "@/app/(auth)/register/actions";
import { failureMessageOf, fieldErrorsOf, idle, valuesOf } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<RegisterState, FormData>(registerAction, idle);
  const errors = fieldErrorsOf(state);
  const values = valuesOf(state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {failureMessageOf(state) ? <Alert tone="error">{failureMessageOf(state)}</Alert> : null}
      <Field label="Name" name="name" autoComplete="name" hint="Optional" defaultValue={values.name} errors={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters and hard to guess: a few unrelated words work well"
        errors={errors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
