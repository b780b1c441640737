"use client";

import { useActionState } from "react";
import { updateProfileAction, type ProfileState } from "@/app/account/actions";
import { fieldErrorsOf, idle } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ProfileForm({ name }: { name: string | null }) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, idle);
  const values = state.ok === false ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={values?.name ?? name ?? ""}
        errors={fieldErrorsOf(state).name}
        className="sm:w-72"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
      {state.ok === true ? <Alert tone="success">{state.message}</Alert> : null}
    </form>
  );
}
