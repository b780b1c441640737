import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";

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
  try {
    revalidateTags(tags);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    // Outside a Next request (tests, scripts, background work) there is no cache to clear here;
    // the short expiry above covers it.
    if (message.includes("static generation store missing")) return;
    // A page render (a sweep a page triggered) may not revalidate: clear the tags once the response
    // is sent instead. The change itself is already committed; failing here would abandon the rest
    // of the work (a sweep would release one order and stop).
    if (message.includes("can't be called during render") || message.includes("can't be called inside a cached function")) {
      deferInvalidation(tags);
      return;
    }
    throw error;
  }
}

function revalidateTags(tags: readonly string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

function deferInvalidation(tags: readonly string[]) {
  try {
    after(() => {
      try {
        revalidateTags(tags);
      } catch {
        // Still not allowed here: the one-second expiry refreshes these pages.
      }
    });
  } catch {
    // No request to run after: the one-second expiry refreshes these pages.
  }
}
