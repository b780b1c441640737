"use client";

import { loginAction } from "@/app/(auth)/login/actions";
import { fieldErrorsOf, valuesOf } from "@/lib/actions/state";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";
import { useFormMessage } from "@/components/forms/use-form-message";
import { useTranslations } from "next-intl";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("Auth");
  const { fieldErrors } = useFormMessage();
  return (
    <ActionForm action={loginAction} hidden={{ callbackUrl }} submit={{ label: t("signIn"), pending: t("signingIn") }}>
      {(state) => {
        const errors = fieldErrors(fieldErrorsOf(state));
        return (
          <>
            <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={valuesOf(state).email} errors={errors.email} />
            <Field label={t("password")} name="password" type="password" autoComplete="current-password" required errors={errors.password} />
          </>
        );
      }}
    </ActionForm>
  );
}
