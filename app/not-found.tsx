import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found" };

// The root boundary, above app/[locale]/layout.tsx: shown only if that layout itself is not found.
// Next renders it into every page's payload, so it stays this small. Addresses no page answers get
// app/global-not-found.tsx; a page's notFound() gets app/[locale]/not-found.tsx.
export default function NotFound() {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <main className="mx-auto flex max-w-xl flex-col items-center gap-5 px-4 py-16 text-center">
          <p className="text-sm font-semibold uppercase tracking-widest text-soil-700">404</p>
          <h1 className="text-3xl font-bold tracking-tight text-stone-900">We could not find that page</h1>
          <a href="/shop" className="text-sm font-semibold text-leaf-700 hover:underline">
            Browse the shop
          </a>
        </main>
      </body>
    </html>
  );
}
