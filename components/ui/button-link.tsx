import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

type Variant = Parameters<typeof buttonClass>[0];

/** A link that looks like a button: where a page sends the visitor on rather than submitting anything. */
export function ButtonLink({ href, variant = "primary", className = "", children }: { href: string; variant?: Variant; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={buttonClass(variant, className)}>
      {children}
    </Link>
  );
}

/** A plain text link in the shop's link colour; `className` adds size and weight. */
export function TextLink({ href, className = "", children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={`text-leaf-700 hover:underline ${className}`}>
      {children}
    </Link>
  );
}

/** A sentence that ends in a link ("New here? Create an account"); `end` follows the link, e.g. a full stop. */
export function LinkedSentence({
  text,
  href,
  label,
  end,
  className = "text-sm text-stone-600",
  linkClassName = "",
}: {
  text: string;
  href: string;
  label: string;
  end?: string;
  className?: string;
  linkClassName?: string;
}) {
  return (
    <p className={className}>
      {text}{" "}
      <Link href={href} className={`font-semibold text-leaf-700 underline ${linkClassName}`}>
        {label}
      </Link>
      {end}
    </p>
  );
}

/** A page's two next steps side by side: the main one (`primary`) first, the alternative second. */
export function NextSteps({ primary, secondary, className = "" }: { primary: { href: string; label: string }; secondary: { href: string; label: string }; className?: string }) {
  return (
    <div className={`flex flex-wrap gap-3 ${className}`}>
      <ButtonLink href={primary.href}>{primary.label}</ButtonLink>
      <ButtonLink href={secondary.href} variant="secondary">
        {secondary.label}
      </ButtonLink>
    </div>
  );
}
