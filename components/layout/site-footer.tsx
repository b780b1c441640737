import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-stone-600">
        <p>Beyond Earth — groceries grown and shipped with care for the planet.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/shop">Shop</Link>
          <Link href="/plans">Plans</Link>
          <Link href="/assistant">Recipe assistant</Link>
        </nav>
      </div>
    </footer>
  );
}
