import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const controlClass = "rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

type Labelled = { label: string; name: string; errors?: string[]; hint?: string; className?: string };

/** The label above a control, then its first error or else its hint; the label is the accessible name tests rely on. */
function FieldFrame({ id, label, errors, hint, className = "", children }: Omit<Labelled, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="text-xs text-stone-600">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

function controlProps(id: string, name: string, errors?: string[]) {
  return {
    id,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? `${id}-error` : undefined,
    className: controlClass,
  } as const;
}

/** A labelled input with its error below. */
export function Field({ label, name, errors, hint, className, ...props }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} errors={errors} hint={hint} className={className}>
      <input {...controlProps(id, name, errors)} {...props} />
    </FieldFrame>
  );
}

export function TextAreaField({ label, name, errors, hint, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} errors={errors} hint={hint} className={className}>
      <textarea {...controlProps(id, name, errors)} {...props} />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  className,
  options,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & Labelled & { options: readonly { value: string; label: string }[] }) {
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} errors={errors} hint={hint} className={className}>
      <select {...controlProps(id, name, errors)} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
