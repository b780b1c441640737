"use client";

import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { fieldErrorsOf } from "@/lib/actions/state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPasswordAction} hidden={{ token }} submit={{ label: "Set password", pending: "Saving…" }}>
      {(state) => (
        <>
          <NewPasswordField label="New password" name="newPassword" errors={fieldErrorsOf(state).newPassword} />
          <Field label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required errors={fieldErrorsOf(state).confirmPassword} />
        </>
      )}
    </ActionForm>
  );
}
