import "server-only";
import { revalidateTag } from "next/cache";

/** Lists, filters, the home page: everything that shows more than one product. */
export const CATALOG_TAG = "catalog";
/** Every product page. */
export const PRODUCTS_TAG = "products";
export const productTag = (slug: string) => `product:${slug}`;

/**
 * Cached catalogue reads also expire on their own after this many seconds: several processes
 * may share one database without sharing a cache, and a change made by another process (or by
 * code running outside a request) must still show within about a second.
 */
export const CATALOG_REVALIDATE_SECONDS = 1;

/**
 * Call after changing products or stock (checkout reserving, admin editing). Pass the changed
 * slugs to keep other product pages cached; without slugs every product page is refreshed.
 * The next request renders fresh data rather than being served the stale entry.
 */
export function invalidateCatalog(slugs?: readonly string[]) {
  const tags = [CATALOG_TAG, ...(slugs ? slugs.map(productTag) : [PRODUCTS_TAG])];
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a Next request (tests, scripts, background work) there is no cache to clear here;
      // the short expiry above covers it. Anything else is a real mistake.
      if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
    }
  }
}
