"use client";

import { changePasswordAction } from "@/app/account/actions";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";
import { useTranslations } from "next-intl";

export function ChangePasswordForm() {
  const t = useTranslations("AccountForms");
  return (
    <ActionForm
      action={changePasswordAction}
      className="flex max-w-sm flex-col gap-4"
      submit={{ label: t("changePassword"), pending: t("changing"), className: "self-start" }}
    >
      {({ errors }) => (
        <>
          <Field label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
          <NewPasswordField label={t("newPassword")} name="newPassword" errors={errors.newPassword} />
        </>
      )}
    </ActionForm>
  );
}
