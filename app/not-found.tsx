import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-5 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-soil-700">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">We could not find that page</h1>
      <p className="text-stone-600">It may have sold out of existence, or the link has a typo. Search the shop or head back to the start.</p>
      <form action="/shop" role="search" className="flex w-full max-w-sm gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          Search products
        </label>
        <input id="not-found-q" name="q" type="search" placeholder="Search products" className="flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm" />
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </form>
      <div className="flex gap-4 text-sm font-semibold">
        <Link href="/shop" className="text-leaf-700 hover:underline">
          Browse the shop
        </Link>
        <Link href="/" className="text-leaf-700 hover:underline">
          Home
        </Link>
      </div>
    </div>
  );
}
