import type { ReactNode } from "react";

/**
 * A card with its own heading, named by that heading for screen readers. `id` names the heading
 * (`<id>-heading`); `action` sits at the heading's right (a "Change" link). Looks: `store`, a white
 * card; `compact`, the console's smaller heading and tighter padding; `offer` and `sandbox`, tinted
 * notes (the assistant's plans offer, the sandbox's test cards), whose heading can be an `h3` where
 * they sit inside another section.
 */
// Each look: [the card's classes, the heading's classes].
const LOOKS = {
  store: ["rounded-2xl border border-stone-200 bg-white p-5", "text-lg font-semibold text-stone-900"],
  compact: ["rounded-lg border border-stone-200 bg-white p-4", "mb-2 font-semibold"],
  offer: ["rounded-xl border border-leaf-100 bg-leaf-50 p-4", "text-base font-semibold text-leaf-900"],
  sandbox: ["rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950", "font-semibold"],
} as const;

export function Section({
  id,
  title,
  action,
  look = "store",
  className = "",
  as: Tag = "section",
  level = 2,
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  look?: keyof typeof LOOKS;
  level?: 2 | 3;
  className?: string;
  as?: "section" | "aside";
  children: ReactNode;
}) {
  const [cardClass, headingClass] = LOOKS[look];
  const Heading = level === 2 ? "h2" : "h3";
  const heading = (
    <Heading id={`${id}-heading`} className={headingClass}>
      {title}
    </Heading>
  );
  return (
    <Tag aria-labelledby={`${id}-heading`} className={`${cardClass} ${className}`}>
      {action ? (
        <div className="flex items-baseline justify-between gap-4">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {children}
    </Tag>
  );
}
