"use client";

import { registerAction } from "@/app/(auth)/register/actions";
import { fieldErrorsOf, valuesOf } from "@/lib/actions/state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={registerAction} hidden={{ callbackUrl }} submit={{ label: "Create account", pending: "Creating your account…" }}>
      {(state) => {
        const errors = fieldErrorsOf(state);
        const values = valuesOf(state);
        return (
          <>
            <Field label="Name" name="name" autoComplete="name" hint="Optional" defaultValue={values.name} errors={errors.name} />
            <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
            <NewPasswordField label="Password" name="password" errors={errors.password} />
          </>
        );
      }}
    </ActionForm>
  );
}
