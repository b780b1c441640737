"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { CART_CHANGED_EVENT } from "@/components/layout/cart-events";
import { parseMe, type Me } from "@/components/layout/me";

const NAV_ID = "site-navigation";

/** The header's words in the page's language; `cartLabel` names the cart link until /api/me answers with its own. */
export type HeaderSessionLabels = { cart: string; cartLabel: string; menu: string; main: string };

type Props = {
  labels: HeaderSessionLabels;
  /** The links every visitor gets (shop, assistant, plans, languages). */
  children: ReactNode;
  /** Shown once /api/me says who is here: to an admin, to any signed-in shopper, and to a visitor. */
  adminLinks: ReactNode;
  signedInLinks: ReactNode;
  signedOutLinks: ReactNode;
};

/**
 * The header's per-visitor part: cart count and account links, refreshed when the cart changes,
 * and the navigation, which on a phone folds behind a menu button so the header stays one line. On a phone every
 * control is at least 44 px tall (min-h-11), a size a thumb can hit.
 */
export function HeaderSession({ labels, children, adminLinks, signedInLinks, signedOutLinks }: Props) {
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: unknown) => {
          const data = parseMe(body);
          if (!cancelled && data) setMe(data);
        })
        .catch(() => undefined);
    void load();
    window.addEventListener(CART_CHANGED_EVENT, load);
    return () => {
      cancelled = true;
      window.removeEventListener(CART_CHANGED_EVENT, load);
    };
  }, [pathname]);

  // A followed link closes the menu; so does Escape, which hands focus back to the button.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      menuButton.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  // A header form that sends the shopper back (the language switcher) is told this page's address,
  // as the address bar shows it; without script its route falls back to the Referer.
  const returnHere = (event: FormEvent<HTMLElement>) => {
    const field = event.target instanceof HTMLFormElement ? event.target.elements.namedItem("returnTo") : null;
    if (field instanceof HTMLInputElement) field.value = `${window.location.pathname}${window.location.search}`;
  };

  const count = me?.cartCount ?? 0;
  return (
    <>
      <div className="flex items-center gap-2 sm:order-last">
        <Link
          href="/cart"
          className="inline-flex items-center rounded-full bg-leaf-50 px-3 py-1 text-sm font-medium whitespace-nowrap text-leaf-900 max-sm:min-h-11"
          aria-label={me?.cartLabel ?? labels.cartLabel}
        >
          {labels.cart} <span data-testid="cart-count">{count}</span>
        </Link>
        <button
          ref={menuButton}
          type="button"
          className="inline-flex min-h-11 items-center rounded-lg px-3 py-1 text-sm font-medium text-stone-800 ring-1 ring-stone-300 sm:hidden"
          aria-expanded={open}
          aria-controls={NAV_ID}
          onClick={() => setOpen((value) => !value)}
        >
          {labels.menu}
        </button>
      </div>
      <nav
        id={NAV_ID}
        onSubmit={returnHere}
        aria-label={labels.main}
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-1 border-t border-stone-200 pt-2 text-sm max-sm:*:flex max-sm:*:min-h-11 max-sm:*:items-center font-medium text-stone-700 sm:ml-auto sm:flex sm:w-auto sm:flex-row sm:items-center sm:gap-4 sm:border-0 sm:pt-0`}
      >
        {children}
        {me?.user?.role === "admin" ? adminLinks : null}
        {me?.user ? signedInLinks : signedOutLinks}
      </nav>
    </>
  );
}
