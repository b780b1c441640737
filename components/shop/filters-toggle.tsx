"use client";

import { useState, type ReactNode } from "react";

/**
 * On a phone the categories and tags fold behind a "Filters" button so the products start on the
 * first screen; from the `lg` breakpoint they are a sidebar and the button is not shown.
 */
/** `label` is the button's text in the page's language ("Filters", or "Filters (on)" while one is active). */
export function FiltersToggle({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-col gap-4">
      <button
        type="button"
        className="min-h-11 self-start rounded-lg bg-white px-4 py-2 text-sm font-semibold text-stone-800 ring-1 ring-stone-300 lg:hidden"
        aria-expanded={open}
        aria-controls="shop-filters"
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </button>
      <div id="shop-filters" className={open ? "block" : "hidden lg:block"}>
        {children}
      </div>
    </div>
  );
}
