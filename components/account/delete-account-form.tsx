"use client";

import { deleteAccountAction } from "@/app/account/actions";
import { fieldErrorsOf, valuesOf } from "@/lib/actions/state";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";
import { useFormMessage } from "@/components/forms/use-form-message";
import { useTranslations } from "next-intl";

/** Deleting cannot be undone, so the user types their email first; the server checks it again. */
export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations("AccountForms");
  const { fieldErrors } = useFormMessage();
  return (
    <ActionForm
      action={deleteAccountAction}
      className="flex max-w-sm flex-col gap-4"
      submit={{ label: t("deleteAccount"), pending: t("deleting"), variant: "danger", className: "self-start" }}
    >
      {(state) => (
        <Field
          label={t("confirmEmail")}
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          hint={t("confirmHint", { email })}
          defaultValue={valuesOf(state).confirmEmail}
          errors={fieldErrors(fieldErrorsOf(state)).confirmEmail}
        />
      )}
    </ActionForm>
  );
}
