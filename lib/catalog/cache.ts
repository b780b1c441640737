import "server-only";
import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { catalogVersion } from "./version";

/** Lists, filters, the home page: everything that shows more than one product. */
export const CATALOG_TAG = "catalog";
/** Every product page. */
export const PRODUCTS_TAG = "products";

/**
 * Cached catalogue reads also expire on their own after this many seconds: several processes
 * may share one database without sharing a cache, and a change made by another process (or by
 * code running outside a request) must still show within about a second.
 */
export const CATALOG_REVALIDATE_SECONDS = 1;

/** The catalogue version this process last cleared its cached pages for. */
let clearedVersion: number | undefined;

/**
 * Call after committing anything that may change what the catalogue shows (checkout reserving,
 * a payment, a refund, an operator's edit, a review). When the catalogue's version (raised by the
 * database's triggers) has moved since this process last cleared its cache, every cached list and
 * product page is cleared, so the next request renders fresh data; when it has not, nothing is.
 * A version counts as cleared only once the clearing has happened: a call that cannot clear
 * (background work, a page render) leaves it for the next call that can.
 */
export async function catalogChanged() {
  const version = await catalogVersion();
  if (version === clearedVersion) return;
  const tags = [CATALOG_TAG, PRODUCTS_TAG];
  try {
    revalidateTags(tags);
    clearedVersion = version;
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    // Outside a Next request (tests, scripts, background work) there is no cache to clear here;
    // the short expiry above covers it.
    if (message.includes("static generation store missing")) return;
    // A page render (a sweep a page triggered) may not revalidate: clear the tags once the response
    // is sent instead. The change itself is already committed; failing here would abandon the rest
    // of the work (a sweep would release one order and stop).
    if (message.includes("can't be called during render") || message.includes("can't be called inside a cached function")) {
      deferInvalidation(tags, version);
      return;
    }
    throw error;
  }
}

function revalidateTags(tags: readonly string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

function deferInvalidation(tags: readonly string[], version: number) {
  try {
    after(() => {
      try {
        revalidateTags(tags);
        clearedVersion = version;
      } catch {
        // Still not allowed here: the next change's call, or the one-second expiry, refreshes them.
      }
    });
  } catch {
    // No request to run after: the next change's call, or the one-second expiry, refreshes them.
  }
}
