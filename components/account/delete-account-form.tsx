"use client";

import { useActionState } from "react";
import { deleteAccountAction, type DeleteAccountState } from "@/app/account/actions";
import { failureMessageOf, fieldErrorsOf, idle } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Deleting cannot be undone, so the user types their email first; the server checks it again. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<DeleteAccountState, FormData>(deleteAccountAction, idle);
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4" noValidate>
      {failureMessageOf(state) ? <Alert tone="error">{failureMessageOf(state)}</Alert> : null}
      <Field
        label="Type your email to confirm"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        hint={`Type ${email} to confirm.`}
        defaultValue={state.values?.confirmEmail}
        errors={fieldErrorsOf(state).confirmEmail}
      />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {pending ? "Deleting…" : "Delete account"}
      </Button>
    </form>
  );
}
