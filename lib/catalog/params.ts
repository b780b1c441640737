import { z } from "zod";
import { normalizeSearchText } from "./shop-url";

export const SORTS = ["price-asc", "price-desc", "name", "newest", "rating"] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABELS: Record<Sort, string> = {
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  name: "Name: A to Z",
  newest: "Newest",
  rating: "Best rated",
};

export const PAGE_SIZE = 24;
const MAX_PAGE = 1000;

/** What `/shop` shows. `sort: null` means the default: relevance with a search, else featured first. */
export type ShopQuery = {
  q: string;
  category: string | null;
  tag: string | null;
  inStock: boolean;
  sort: Sort | null;
  page: number;
};

export const DEFAULT_SHOP_QUERY: ShopQuery = { q: "", category: null, tag: null, inStock: false, sort: null, page: 1 };

type RawParams = Record<string, string | string[] | undefined>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const slug = z.preprocess(
  firstValue,
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/)
    .nullable()
    .catch(null),
);

// Every field falls back on its own, so one bad parameter never costs the shopper the others.
const shopParamsSchema = z.object({
  q: z.preprocess(
    firstValue,
    z
      .string()
      .transform(normalizeSearchText)
      .catch(""),
  ),
  category: slug,
  tag: slug,
  inStock: z.preprocess(firstValue, z.enum(["1", "true", "on", "yes"]).transform(() => true).catch(false)),
  sort: z.preprocess(firstValue, z.enum(SORTS).nullable().catch(null)),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGE).catch(1)),
});

/** Reads `/shop`'s query string; anything malformed becomes the default, never an error. */
export function parseShopParams(raw: RawParams): ShopQuery {
  const parsed = shopParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SHOP_QUERY;
}

/** A `/shop` link for `query` with `change` applied; any change but the page goes back to page 1. */
export function shopHref(query: ShopQuery, change: Partial<ShopQuery> = {}): string {
  const next = { ...query, ...change };
  if (!("page" in change)) next.page = 1;
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.category) params.set("category", next.category);
  if (next.tag) params.set("tag", next.tag);
  if (next.inStock) params.set("inStock", "1");
  if (next.sort) params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/shop?${search}` : "/shop";
}
