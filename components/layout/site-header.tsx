import Link from "next/link";
import { paymentsMode } from "@/lib/config/env";
import { HeaderSession } from "./header-session";

/**
 * Static for every visitor, so pages stay cacheable; the per-visitor parts (cart count,
 * account links) and the phone menu's open state live in a small client island.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      {paymentsMode() === "sandbox" ? (
        <p className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-900">Sandbox — no real payments</p>
      ) : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold whitespace-nowrap text-leaf-900">
          Beyond Earth
        </Link>
        <HeaderSession>
          <Link href="/shop">Shop</Link>
          <Link href="/assistant">Recipe assistant</Link>
          <Link href="/plans">Plans</Link>
        </HeaderSession>
      </div>
    </header>
  );
}
