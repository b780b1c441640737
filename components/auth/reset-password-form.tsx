"use client";

import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { fieldErrorsOf } from "@/lib/actions/state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";
import { useFormMessage } from "@/components/forms/use-form-message";
import { useTranslations } from "next-intl";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("Auth");
  const { fieldErrors } = useFormMessage();
  return (
    <ActionForm action={resetPasswordAction} hidden={{ token }} submit={{ label: t("setPassword"), pending: t("saving") }}>
      {(state) => {
        const errors = fieldErrors(fieldErrorsOf(state));
        return (
          <>
            <NewPasswordField label={t("newPassword")} name="newPassword" errors={errors.newPassword} />
            <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
          </>
        );
      }}
    </ActionForm>
  );
}
