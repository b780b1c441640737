"use client";

import { deleteAccountAction } from "@/app/account/actions";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";
import { useTranslations } from "next-intl";

/** Deleting cannot be undone, so the user types their email first; the server checks it again. */
export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations("AccountForms");
  return (
    <ActionForm
      action={deleteAccountAction}
      className="flex max-w-sm flex-col gap-4"
      submit={{ label: t("deleteAccount"), pending: t("deleting"), variant: "danger", className: "self-start" }}
    >
      {({ errors, values }) => (
        <Field
          label={t("confirmEmail")}
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          hint={t("confirmHint", { email })}
          defaultValue={values.confirmEmail}
          errors={errors.confirmEmail}
        />
      )}
    </ActionForm>
  );
}
