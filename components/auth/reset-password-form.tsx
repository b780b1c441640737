"use client";

import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/app/(auth)/reset-password/actions";
import { failureMessageOf, fieldErrorsOf, idle } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, idle);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {failureMessageOf(state) ? <Alert tone="error">{failureMessageOf(state)}</Alert> : null}
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.newPassword}
        hint="At least 8 characters and hard to guess: a few unrelated words work well."
      />
      <Field label="Confirm password" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </Button>
    </form>
  );
}
