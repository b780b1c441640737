import type { Metadata } from "next";
import Link from "next/link";
import { listCategories, listProducts, listTags } from "@/lib/catalog";
import { PAGE_SIZE, shopHref, type ShopQuery } from "@/lib/catalog/params";
import type { CategorySummary } from "@/lib/catalog/types";
import { FiltersToggle } from "./filters-toggle";
import { ProductGrid } from "./product-card";
import { Pagination, ShopFilters, ShopSearchForm } from "./shop-controls";

const countFormat = new Intl.NumberFormat("en-US");
const SHOP_DESCRIPTION = "Seasonal produce, pantry staples, bakery, dairy and plant-based alternatives, drinks and cookbooks — sourced with care.";

/** Unknown categories and tags are dropped like any other nonsense parameter. */
async function resolveQuery(query: ShopQuery): Promise<{ query: ShopQuery; categories: CategorySummary[]; tags: string[] }> {
  const [categories, tags] = await Promise.all([listCategories(), listTags()]);
  return {
    categories,
    tags,
    query: {
      ...query,
      category: categories.some((category) => category.slug === query.category) ? query.category : null,
      tag: query.tag && tags.includes(query.tag) ? query.tag : null,
    },
  };
}

/**
 * For a cached shop view: the canonical `/shop?…` address when the view names a category or tag
 * the shop does not have, or a page past the last one, else null. Redirecting (which the cache
 * does not store) instead of rendering keeps the cached views bounded by the real catalogue.
 */
export async function shopViewRedirect(raw: ShopQuery): Promise<string | null> {
  const { query } = await resolveQuery(raw);
  const { total } = await listProducts({ ...query, page: 1 });
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(raw.page, lastPage);
  if (query.category === raw.category && query.tag === raw.tag && page === raw.page) return null;
  return shopHref(query, { page });
}

export async function shopMetadata(raw: ShopQuery): Promise<Metadata> {
  const { query, categories } = await resolveQuery(raw);
  if (query.q) return { title: `Search: ${query.q}`, description: `Beyond Earth products matching “${query.q}”, with today’s prices and stock.` };
  const category = categories.find((candidate) => candidate.slug === query.category);
  return { title: category ? `${category.name} · Shop` : "Shop", description: category?.description ?? SHOP_DESCRIPTION };
}

/** The whole `/shop` page for a query: search form, filters, results and pages. */
export async function ShopListing({ query: raw }: { query: ShopQuery }) {
  const { query, categories, tags } = await resolveQuery(raw);
  const result = await listProducts(query);
  const category = categories.find((candidate) => candidate.slug === query.category);
  const heading = query.q ? `Results for “${query.q}”` : (category?.name ?? "All products");
  const count = result.totalIsCapped
    ? `${countFormat.format(result.total)}+ products`
    : result.total === 1
      ? "1 product"
      : `${countFormat.format(result.total)} products`;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl tracking-tight text-stone-900">{heading}</h1>
        <p className="hidden max-w-2xl text-stone-600 sm:block">
          {category && !query.q ? category.description : SHOP_DESCRIPTION}
        </p>
      </header>

      <ShopSearchForm query={query} />

      <div className="grid gap-4 lg:grid-cols-[14rem_1fr] lg:gap-8">
        <aside>
          <FiltersToggle active={Boolean(query.category || query.tag)}>
            <ShopFilters query={query} categories={categories} tags={tags} />
          </FiltersToggle>
        </aside>

        <section aria-labelledby="results-heading" className="flex flex-col gap-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-sm text-stone-600">
              {count}
              {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
            </h2>
            {query.q || query.category || query.tag || query.inStock || query.sort ? (
              <Link href="/shop" prefetch={false} className="text-sm font-medium text-leaf-700 hover:underline">
                Clear search and filters
              </Link>
            ) : null}
          </div>

          {!result.matchedAllWords ? (
            <p role="status" className="rounded-lg bg-soil-100 px-4 py-3 text-sm text-soil-700">
              No product matches every word of “{query.q}”, so here are products that match some of them.
            </p>
          ) : null}

          {result.items.length > 0 ? (
            <>
              <ProductGrid products={result.items} label="Products" />
              <Pagination query={query} page={result.page} pageCount={result.pageCount} />
            </>
          ) : (
            <EmptyResults query={query} />
          )}
        </section>
      </div>
    </div>
  );
}

function EmptyResults({ query }: { query: ShopQuery }) {
  const what = query.q ? `“${query.q}”` : "these filters";
  const narrowed = query.category || query.tag || query.inStock;
  return (
    <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <p className="text-lg font-semibold text-stone-900">No results for {what}</p>
      <p className="text-stone-600">
        Try{" "}
        <Link href={shopHref(query, { q: "tomatoes", category: null, tag: null, inStock: false })} prefetch={false} className="font-medium text-leaf-700 underline underline-offset-2">
          tomatoes
        </Link>{" "}
        or browse{" "}
        <Link href="/shop?category=pantry" prefetch={false} className="font-medium text-leaf-700 underline underline-offset-2">
          Pantry
        </Link>
        .
      </p>
      {narrowed && query.q ? (
        <Link href={shopHref(query, { category: null, tag: null, inStock: false })} prefetch={false} className="text-sm font-medium text-leaf-700 hover:underline">
          Search all products for “{query.q}”
        </Link>
      ) : null}
    </div>
  );
}
