"use client";

import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { AuthForm } from "@/components/auth/auth-form";
import { Field } from "@/components/ui/field";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <AuthForm action={resetPasswordAction} hidden={{ token }} submit={["setPassword", "saving"]}>
      {(t, { errors }) => (
        <>
          <NewPasswordField label={t("newPassword")} name="newPassword" errors={errors.newPassword} />
          <Field label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
        </>
      )}
    </AuthForm>
  );
}
