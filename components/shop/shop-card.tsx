import Link from "next/link";
import type { ReactNode } from "react";
import { CARD_PHOTO_WIDTHS } from "@/lib/catalog/photo-urls";
import { ProductImage } from "./product-image";

/**
 * What a shop card shows, its price already in the page's format (product-card.tsx works it out on
 * the server). Listing pages render it as a client component (./shop-card-client.tsx), so that their
 * RSC payload carries these few fields per product rather than the card's whole markup a second
 * time: on /shop's 24 cards that was a third of the page. A page with a few cards (a product's
 * "more from") renders it on the server and ships none of its code. The stock badge and the rating,
 * which only some cards have, come rendered.
 */
export type ShopCardView = {
  id: number;
  slug: string;
  name: string;
  categoryName: string;
  image: string;
  photo: string | null;
  price: string;
  soldOut: boolean;
};

export function ShopCard({ card, eager, badge, rating }: { card: ShopCardView; eager: boolean; badge: ReactNode; rating: ReactNode }) {
  return (
    <article className="shop-card">
      <div className="shop-card-media">
        <ProductImage
          product={card}
          sizes="(min-width: 1024px) 13rem, (min-width: 640px) 33vw, 50vw"
          widths={CARD_PHOTO_WIDTHS}
          eager={eager}
          className={card.soldOut ? "shop-card-photo shop-card-sold-out" : "shop-card-photo"}
        />
        {badge}
      </div>
      <div className="shop-card-body">
        <p className="shop-card-category">{card.categoryName}</p>
        <h3 className="shop-card-name">
          <Link href={`/shop/${card.slug}`} prefetch={false} className="shop-card-link">
            {card.name}
          </Link>
        </h3>
        {rating}
        <p className="shop-card-price">{card.price}</p>
      </div>
    </article>
  );
}
