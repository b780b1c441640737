"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateProfileAction, type ProfileState } from "@/app/account/actions";
import { idle } from "@/lib/actions/state";
import { fieldErrorsOf } from "@/components/forms/answer";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFormMessage } from "@/components/forms/use-form-message";

export function ProfileForm({ name }: { name: string | null }) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, idle);
  const values = state.ok === false ? state.values : undefined;
  const t = useTranslations("AccountForms");
  const { message, fieldErrors } = useFormMessage();
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field
        label={t("name")}
        name="name"
        autoComplete="name"
        defaultValue={values?.name ?? name ?? ""}
        errors={fieldErrors(fieldErrorsOf(state)).name}
        className="sm:w-72"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("saveName")}
      </Button>
      {state.ok === true ? <Alert tone="success">{message(state.message)}</Alert> : null}
    </form>
  );
}
