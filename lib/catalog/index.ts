import "server-only";
import { unstable_cache } from "next/cache";
import { CATALOG_REVALIDATE_SECONDS, CATALOG_TAG, PRODUCTS_TAG } from "./cache";
import * as live from "./queries";
import type { ShopQuery } from "./params";
import { listReviews, ratingSummary } from "@/lib/reviews/reviews";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Reviews shown on the product page itself; the rest are on its reviews page. */
const PRODUCT_PAGE_REVIEWS = 3;

// The catalogue as pages read it: cached per arguments (the locale among them, so each language
// has its own entries), tagged so `catalogChanged` clears
// what a change touches, and never older than CATALOG_REVALIDATE_SECONDS.

const listOptions = { tags: [CATALOG_TAG], revalidate: CATALOG_REVALIDATE_SECONDS };

export const listProducts: (query: ShopQuery, locale?: Locale) => ReturnType<typeof live.listProducts> = unstable_cache(
  live.listProducts,
  ["catalog", "list-products"],
  listOptions,
);

export const listCategories = unstable_cache(live.listCategories, ["catalog", "categories"], listOptions);

export const listTags = unstable_cache(live.listTags, ["catalog", "tags"], listOptions);

export const getHomeCatalog = unstable_cache(live.getHomeCatalog, ["catalog", "home"], listOptions);

/** A visible product by slug, with the recipes that use it and its reviews; null if unknown or hidden. */
export function getProductBySlug(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return unstable_cache(
    async () => {
      const product = await live.getProductBySlug(slug, locale);
      if (!product) return null;
      const [recipes, ratings, latestReviews] = await Promise.all([
        live.recipesUsingProduct(product.id, live.RECIPES_PER_PRODUCT, locale),
        ratingSummary(product.id),
        listReviews(product.id, 1),
      ]);
      return { ...product, recipes, ratings, latestReviews: latestReviews.reviews.slice(0, PRODUCT_PAGE_REVIEWS) };
    },
    ["catalog", "product", slug, locale],
    { tags: [PRODUCTS_TAG], revalidate: CATALOG_REVALIDATE_SECONDS },
  )();
}

/** In-stock products from the same category; tagged like lists because any product's stock changes it. */
export const relatedProducts = unstable_cache(live.relatedProducts, ["catalog", "related"], listOptions);

export { catalogChanged } from "./cache";
export { parseShopParams, shopHref, PAGE_SIZE, SORTS, SORT_LABELS, type ShopQuery, type Sort } from "./params";
export type * from "./types";
