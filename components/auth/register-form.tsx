"use client";

import { registerAction } from "@/app/(auth)/register/actions";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { AuthForm } from "@/components/auth/auth-form";
import { Field } from "@/components/ui/field";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <AuthForm action={registerAction} hidden={{ callbackUrl }} submit={["createAccount", "creating"]}>
      {(t, { errors, values }) => (
        <>
          <Field label={t("name")} name="name" autoComplete="name" hint={t("optional")} defaultValue={values.name} errors={errors.name} />
          <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
          <NewPasswordField label={t("password")} name="password" errors={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
