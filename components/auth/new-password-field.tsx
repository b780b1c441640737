import { Field } from "@/components/ui/field";

/** A password being chosen: the browser may suggest one, and the hint says what the server accepts. */
export function NewPasswordField({ label, name, errors }: { label: string; name: string; errors?: string[] }) {
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      hint="At least 8 characters and hard to guess: a few unrelated words work well."
      errors={errors}
    />
  );
}
