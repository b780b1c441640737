"use client";

import { registerAction } from "@/app/(auth)/register/actions";
import { fieldErrorsOf, valuesOf } from "@/lib/actions/state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";
import { useFormMessage } from "@/components/forms/use-form-message";
import { useTranslations } from "next-intl";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("Auth");
  const { fieldErrors } = useFormMessage();
  return (
    <ActionForm action={registerAction} hidden={{ callbackUrl }} submit={{ label: t("createAccount"), pending: t("creating") }}>
      {(state) => {
        const errors = fieldErrors(fieldErrorsOf(state));
        const values = valuesOf(state);
        return (
          <>
            <Field label={t("name")} name="name" autoComplete="name" hint={t("optional")} defaultValue={values.name} errors={errors.name} />
            <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
            <NewPasswordField label={t("password")} name="password" errors={errors.password} />
          </>
        );
      }}
    </ActionForm>
  );
}
