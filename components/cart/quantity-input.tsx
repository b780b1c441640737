import type { InputHTMLAttributes } from "react";

/**
 * The quantity box of a cart form (add to cart, a cart line): a whole-number field named `quantity`,
 * described by its error (`<id>-error`) when it has one. The server checks every quantity against
 * live stock, so the box sets no maximum.
 */
export function QuantityInput({ id, error, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> & { id: string; error?: string }) {
  return (
    <input
      id={id}
      name="quantity"
      type="number"
      inputMode="numeric"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      {...props}
    />
  );
}
