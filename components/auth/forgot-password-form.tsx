"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forgotPasswordAction, type ForgotPasswordState } from "@/app/(auth)/forgot-password/actions";
import { idle } from "@/lib/actions/state";
import { failureMessageOf, fieldErrorsOf, valuesOf } from "@/components/forms/answer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFormMessage } from "@/components/forms/use-form-message";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, idle);
  const t = useTranslations("Auth");
  const { message, fieldErrors } = useFormMessage();
  if (state.ok) return <Alert tone="success">{message(state.message)}</Alert>;
  const errors = fieldErrors(fieldErrorsOf(state));
  const values = valuesOf(state);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {failureMessageOf(state) ? <Alert tone="error">{message(failureMessageOf(state) ?? "")}</Alert> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("sendLink")}
      </Button>
    </form>
  );
}
