"use client";

import { loginAction } from "@/app/(auth)/login/actions";
import { fieldErrorsOf, valuesOf } from "@/lib/actions/state";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={loginAction} hidden={{ callbackUrl }} submit={{ label: "Sign in", pending: "Signing in…" }}>
      {(state) => (
        <>
          <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={valuesOf(state).email} errors={fieldErrorsOf(state).email} />
          <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={fieldErrorsOf(state).password} />
        </>
      )}
    </ActionForm>
  );
}
