import Link from "next/link";
import { useLocale } from "next-intl";
import type { ProductCard as Product } from "@/lib/catalog/types";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { CardRating } from "@/components/reviews/stars";
import { CARD_PHOTO_WIDTHS } from "@/lib/catalog/photo-urls";
import { ProductImage } from "./product-image";
import { StockBadge } from "./stock-badge";

export function ProductCard({ product, eager = false }: { product: Product; eager?: boolean }) {
  const soldOut = product.stock <= 0;
  const locale = useLocale();
  return (
    <article className="shop-card">
      <div className="shop-card-media">
        <ProductImage
          product={product}
          sizes="(min-width: 1024px) 13rem, (min-width: 640px) 33vw, 50vw"
          widths={CARD_PHOTO_WIDTHS}
          eager={eager}
          className={soldOut ? "shop-card-photo shop-card-sold-out" : "shop-card-photo"}
        />
        <StockBadge stock={product.stock} className="shop-card-badge" />
      </div>
      <div className="shop-card-body">
        <p className="shop-card-category">{product.categoryName}</p>
        <h3 className="shop-card-name">
          <Link href={`/shop/${product.slug}`} prefetch={false} className="shop-card-link">
            {product.name}
          </Link>
        </h3>
        <CardRating rating={product.rating} count={product.ratingCount} />
        <p className="shop-card-price">{formatCents(product.priceCents, SHOP_CURRENCY, locale)}</p>
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
