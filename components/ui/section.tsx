import type { ReactNode } from "react";

/**
 * A white card with its own heading, named by that heading for screen readers. `id` names the
 * heading (`<id>-heading`); `action` sits at the heading's right (a "Change" link). The console
 * uses the `compact` look: a smaller heading, tighter padding.
 */
export function Section({
  id,
  title,
  action,
  look = "store",
  className = "",
  as: Tag = "section",
  children,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  look?: "store" | "compact";
  className?: string;
  as?: "section" | "aside";
  children: ReactNode;
}) {
  const heading = (
    <h2 id={`${id}-heading`} className={look === "store" ? "text-lg font-semibold text-stone-900" : "mb-2 font-semibold"}>
      {title}
    </h2>
  );
  const card = look === "store" ? "rounded-2xl border border-stone-200 bg-white p-5" : "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <Tag aria-labelledby={`${id}-heading`} className={`${card} ${className}`}>
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
