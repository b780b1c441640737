import type { ReactNode } from "react";

/** What a frame shows around its control; the fields of field.tsx take the same. */
export type FrameProps = { label: string; errors?: string[]; hint?: string; className?: string };

/**
 * The label above a control, then its first error or else its hint; the label is the accessible name tests rely on.
 * A module of its own: the add-to-cart form, which frames its own quantity box, ships this and not
 * every kind of field (field.tsx), which only the account, checkout and admin forms use.
 */
export function FieldFrame({ id, label, errors, hint, className = "", children }: FrameProps & { id: string; children: ReactNode }) {
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
