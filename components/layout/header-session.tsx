"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { CART_CHANGED_EVENT } from "@/components/layout/cart-events";
import { SignOutButton } from "@/components/auth/sign-out-button";

type Me = { cartCount: number; user: { name: string | null; email: string | null; role: "customer" | "admin" } | null };

/** The header's per-visitor part: cart count and account link, refreshed when the cart changes. */
export function HeaderSession() {
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<Me>) : null))
        .then((data) => {
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

  const count = me?.cartCount ?? 0;
  return (
    <>
      {me?.user?.role === "admin" ? <Link href="/admin">Admin</Link> : null}
      {me?.user ? <Link href="/orders">Orders</Link> : null}
      {me?.user ? <Link href="/account">Account</Link> : <Link href="/login">Sign in</Link>}
      {me?.user ? <SignOutButton compact /> : null}
      <Link href="/cart" className="rounded-full bg-leaf-50 px-3 py-1 text-leaf-900" aria-label={`Cart, ${count} ${count === 1 ? "item" : "items"}`}>
        Cart <span data-testid="cart-count">{count}</span>
      </Link>
    </>
  );
}
