"use client";

import { deleteAccountAction } from "@/app/account/actions";
import { fieldErrorsOf, valuesOf } from "@/lib/actions/state";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/ui/field";

/** Deleting cannot be undone, so the user types their email first; the server checks it again. */
export function DeleteAccountForm({ email }: { email: string }) {
  return (
    <ActionForm
      action={deleteAccountAction}
      className="flex max-w-sm flex-col gap-4"
      submit={{ label: "Delete account", pending: "Deleting…", variant: "danger", className: "self-start" }}
    >
      {(state) => (
        <Field
          label="Type your email to confirm"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          hint={`Type ${email} to confirm.`}
          defaultValue={valuesOf(state).confirmEmail}
          errors={fieldErrorsOf(state).confirmEmail}
        />
      )}
    </ActionForm>
  );
}
