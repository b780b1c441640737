import { useTranslations } from "next-intl";
import { AUTH_MESSAGES, type AuthMessageKey } from "@/lib/auth/messages";
import type { FieldErrors } from "@/lib/actions/state";

/**
 * The server actions answer in English; a form shows the sentences it knows in the shopper's
 * language (as the shipping form does with SHIPPING_ERRORS) and any other one as written.
 */
export function useFormMessage() {
  const t = useTranslations("AuthErrors");
  const known = new Map<string, string>(Object.entries(AUTH_MESSAGES).map(([key, english]) => [english, t(key as AuthMessageKey)]));
  const message = (text: string) => {
    const throttled = /^Too many attempts, try again in (\d+) minutes?$/.exec(text);
    return known.get(text) ?? (throttled ? t("tooManyAttempts", { minutes: Number(throttled[1]) }) : text);
  };
  const fieldErrors = <Field extends string>(errors: FieldErrors<Field>): FieldErrors<Field> =>
    Object.fromEntries(Object.entries<string[] | undefined>(errors).map(([field, messages]) => [field, messages?.map(message)])) as FieldErrors<Field>;
  return { message, fieldErrors };
}
