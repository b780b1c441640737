import type { ReactNode } from "react";

const layouts = {
  /** A whole page with nothing to show (an empty cart, an unknown payment): centred, large. */
  page: { box: "mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center", title: "text-3xl font-bold tracking-tight text-stone-900", body: "text-stone-600" },
  /** A page's task that is not there to do (no renewal to pay). */
  panel: { box: "mx-auto flex max-w-lg flex-col gap-4", title: "text-2xl font-bold text-leaf-900", body: "text-stone-700" },
};

/** What a page says when there is nothing for it to show: a heading, a sentence, and the way on (`children`). */
export function EmptyState({ layout, title, body, children }: { layout: keyof typeof layouts; title: string; body: string; children: ReactNode }) {
  const classes = layouts[layout];
  return (
    <div className={classes.box}>
      <h1 className={classes.title}>{title}</h1>
      <p className={classes.body}>{body}</p>
      {children}
    </div>
  );
}
