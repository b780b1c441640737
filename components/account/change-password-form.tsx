"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordChangeState } from "@/app/account/actions";
import { fieldErrorsOf, idle } from "@/lib/actions/state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<PasswordChangeState, FormData>(changePasswordAction, idle);
  const errors = fieldErrorsOf(state);
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4" noValidate>
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters and hard to guess: a few unrelated words work well"
        errors={errors.newPassword}
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
