import type { InputHTMLAttributes } from "react";

/** A labelled input with its error below; the label is the accessible name tests rely on. */
export function Field({
  label,
  name,
  errors,
  hint,
  className = "",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string }) {
  const id = props.id ?? `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        {...props}
      />
      {hint && !errors?.length ? <p className="text-xs text-stone-600">{hint}</p> : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}
