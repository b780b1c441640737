// Edge-safe (middleware imports it): no imports, no zod, no database.

const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
const SORT_VALUES = new Set(["price-asc", "price-desc", "name", "newest", "rating"]);
const TRUE_VALUES = new Set(["1", "true", "on", "yes"]);
const MAX_PAGE = 1000;
const MAX_QUERY_LENGTH = 100;

/** A search as `/shop` reads it: runs of whitespace as one space, trimmed, at most 100 characters. */
export function normalizeSearchText(value: string): string {
  return value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/** The path of the cached listing route; `/shop` requests without a search are served from it. */
export const SHOP_BROWSE_PREFIX = "/shop/browse/";
/** The browse view with no filters. */
export const SHOP_BROWSE_ALL = "all";

/**
 * Every `/shop` view (search, category, tag, in-stock, sort, page) is rendered once and cached like
 * a product page, so the shoppers and crawlers asking for the same view share one rendering.
 * Returns the view's canonical key: only valid values, the search normalized, in a fixed order.
 * Invalid values are dropped here exactly as `parseShopParams` drops them.
 */
export function shopBrowseView(search: URLSearchParams): string {
  const view = new URLSearchParams();
  const q = normalizeSearchText(search.get("q") ?? "");
  if (q) view.set("q", q);
  for (const key of ["category", "tag"]) {
    const value = search.get(key)?.trim().toLowerCase();
    if (value && SLUG.test(value)) view.set(key, value);
  }
  if (TRUE_VALUES.has(search.get("inStock") ?? "")) view.set("inStock", "1");
  const sort = search.get("sort");
  if (sort && SORT_VALUES.has(sort)) view.set("sort", sort);
  const page = Number(search.get("page") ?? "");
  if (Number.isInteger(page) && page > 1 && page <= MAX_PAGE) view.set("page", String(page));
  return view.size > 0 ? view.toString() : SHOP_BROWSE_ALL;
}

/** The cached route that serves `/`; only middleware's rewrite reaches it. */
export const HOME_PREFIX = "/home/";
export const HOME_EDITION = "index";

/** Where middleware rewrites a `/shop` request, or null for any other path. */
export function shopBrowseRewrite(url: URL): string | null {
  if (url.pathname !== "/shop") return null;
  return `${SHOP_BROWSE_PREFIX}${encodeURIComponent(shopBrowseView(url.searchParams))}`;
}
