import { useLocale } from "next-intl";
import type { ProductCard as Product } from "@/lib/catalog/types";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { CardRating } from "@/components/reviews/stars";
import { ShopCard } from "./shop-card";
import { StockBadge } from "./stock-badge";

/**
 * `firstRowOnScreen` where the grid starts on the first screen (the shop's results): a phone's first
 * row (two cards), the largest paint there, loads at once instead of waiting to be scrolled to.
 * Only two: an eager image also loads wherever the page is prefetched, which every shop link does.
 */
export function ProductGrid({
  products,
  label,
  firstRowOnScreen = false,
  Card = ShopCard,
}: {
  products: Product[];
  label: string;
  firstRowOnScreen?: boolean;
  /** `ClientShopCard` (./shop-card-client.tsx) on pages of many cards; rendered on the server otherwise. */
  Card?: typeof ShopCard;
}) {
  const locale = useLocale();
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <Card
            card={{
              id: product.id,
              slug: product.slug,
              name: product.name,
              categoryName: product.categoryName,
              image: product.image,
              photo: product.photo,
              price: formatCents(product.priceCents, SHOP_CURRENCY, locale),
              soldOut: product.stock <= 0,
            }}
            eager={firstRowOnScreen && index < 2}
            badge={<StockBadge stock={product.stock} className="shop-card-badge" />}
            rating={<CardRating rating={product.rating} count={product.ratingCount} />}
          />
        </li>
      ))}
    </ul>
  );
}
