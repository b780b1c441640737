"use client";

import { changePasswordAction } from "@/app/account/actions";
import { fieldErrorsOf } from "@/lib/actions/state";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";

export function ChangePasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      className="flex max-w-sm flex-col gap-4"
      submit={{ label: "Change password", pending: "Changing…", className: "self-start" }}
    >
      {(state) => (
        <>
          <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={fieldErrorsOf(state).currentPassword} />
          <NewPasswordField label="New password" name="newPassword" errors={fieldErrorsOf(state).newPassword} />
        </>
      )}
    </ActionForm>
  );
}
