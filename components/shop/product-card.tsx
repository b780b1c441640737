import Link from "next/link";
import { useLocale } from "next-intl";
import type { ProductCard as Product } from "@/lib/catalog/types";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { CardRating } from "@/components/reviews/stars";
import { ProductImage } from "./product-image";
import { StockBadge } from "./stock-badge";

export function ProductCard({ product, eager = false }: { product: Product; eager?: boolean }) {
  const soldOut = product.stock <= 0;
  const locale = useLocale();
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <div className="relative aspect-[4/3] bg-soil-100">
        <ProductImage
          product={product}
          sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
          eager={eager}
          className={`h-full w-full object-cover ${soldOut ? "opacity-60 grayscale" : ""}`}
        />
        <div className="absolute left-3 top-3">
          <StockBadge stock={product.stock} />
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-medium uppercase tracking-wide text-soil-700">{product.categoryName}</p>
        <h3 className="font-semibold leading-snug text-stone-900">
          <Link href={`/shop/${product.slug}`} prefetch={false} className="after:absolute after:inset-0 focus-visible:outline-none">
            {product.name}
          </Link>
        </h3>
        <CardRating rating={product.rating} count={product.ratingCount} />
        <p className="mt-auto pt-2 text-base font-semibold text-leaf-900">{formatCents(product.priceCents, SHOP_CURRENCY, locale)}</p>
      </div>
    </article>
  );
}

/**
 * `firstRowOnScreen` where the grid starts on the first screen (the shop's results): a phone's first
 * row (two cards), the largest paint there, loads at once instead of waiting to be scrolled to.
 * Only two: an eager image also loads wherever the page is prefetched, which every shop link does.
 */
export function ProductGrid({ products, label, firstRowOnScreen = false }: { products: Product[]; label: string; firstRowOnScreen?: boolean }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} eager={firstRowOnScreen && index < 2} />
        </li>
      ))}
    </ul>
  );
}
