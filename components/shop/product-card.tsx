import Link from "next/link";
import { useLocale } from "next-intl";
import type { ProductCard as Product } from "@/lib/catalog/types";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { CardRating } from "@/components/reviews/stars";
import { CARD_PHOTO_WIDTHS } from "@/lib/catalog/photo-urls";
import { ProductImage } from "./product-image";
import { StockBadge } from "./stock-badge";

export function ProductCard({ product }: { product: Product }) {
  const soldOut = product.stock <= 0;
  const locale = useLocale();
  return (
    <article className="shop-card">
      <div className="shop-card-media">
        <ProductImage
          product={product}
          sizes="(min-width: 1024px) 13rem, (min-width: 640px) 33vw, 50vw"
          widths={CARD_PHOTO_WIDTHS}
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

export function ProductGrid({ products, label }: { products: Product[]; label: string }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
