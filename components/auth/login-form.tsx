"use client";

import { loginAction } from "@/app/(auth)/login/actions";
import { AuthForm } from "@/components/auth/auth-form";
import { Field } from "@/components/ui/field";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <AuthForm action={loginAction} hidden={{ callbackUrl }} submit={["signIn", "signingIn"]}>
      {(t, { errors, values }) => (
        <>
          <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
          <Field label={t("password")} name="password" type="password" autoComplete="current-password" required errors={errors.password} />
        </>
      )}
    </AuthForm>
  );
}
