import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";

/** A password being chosen: the browser may suggest one, and the hint says what the server accepts. */
export function NewPasswordField({ label, name, errors }: { label: string; name: string; errors?: string[] }) {
  const t = useTranslations("Auth");
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      hint={t("newPasswordHint")}
      errors={errors}
    />
  );
}
