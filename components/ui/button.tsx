import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const variants: Record<Variant, string> = {
  primary: "bg-leaf-700 text-white hover:bg-leaf-900 disabled:bg-stone-400",
  secondary: "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100 disabled:text-stone-400",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-stone-400",
  ghost: "text-leaf-700 hover:bg-leaf-50 disabled:text-stone-400",
};

export function buttonClass(variant: Variant = "primary", extra = "") {
  // On a phone a button is at least 44 px tall, a size a thumb can hit.
  return `inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 max-sm:min-h-11 text-sm font-semibold transition disabled:cursor-not-allowed ${variants[variant]} ${extra}`;
}

export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={buttonClass(variant, className)} {...props} />;
}
