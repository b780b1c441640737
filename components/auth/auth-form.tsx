"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionForm, type FormAction, type FormAnswer } from "@/components/forms/action-form";
import type { Messages } from "@/lib/i18n/messages";

type AuthKey = keyof Messages["Auth"];

/**
 * The sign-in, registration and new-password forms: an ActionForm in the Auth messages, its submit
 * button named by two keys (ready, running), its fields given the translator and the last answer.
 */
export function AuthForm<Values, Field extends string>({
  action,
  hidden,
  submit: [label, pending],
  children,
}: {
  action: FormAction<Values, Field>;
  hidden: Record<string, string>;
  submit: [AuthKey, AuthKey];
  children: (t: ReturnType<typeof useTranslations<"Auth">>, answer: FormAnswer<Values, Field>) => ReactNode;
}) {
  const t = useTranslations("Auth");
  return (
    <ActionForm action={action} hidden={hidden} submit={{ label: t(label), pending: t(pending) }}>
      {(answer) => children(t, answer)}
    </ActionForm>
  );
}
