import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listCategories, listProducts, listTags } from "@/lib/catalog";
import { PAGE_SIZE, shopHref, type ShopQuery } from "@/lib/catalog/params";
import type { CategorySummary } from "@/lib/catalog/types";
import { LOCALE_FORMAT_TAGS } from "@/lib/i18n/locales";
import { FiltersToggle } from "./filters-toggle";
import { ProductGrid } from "./product-card";
import { ClientShopCard } from "./shop-card-client";
import { Pagination, ShopFilters, ShopSearchForm } from "./shop-controls";
import { linkTo } from "@/components/ui/rich-link";


/** Unknown categories and tags are dropped like any other nonsense parameter. */
async function resolveQuery(query: ShopQuery): Promise<{ query: ShopQuery; categories: CategorySummary[]; tags: string[] }> {
  const locale = await getLocale();
  const [categories, tags] = await Promise.all([listCategories(locale), listTags()]);
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
  const t = await getTranslations("Shop");
  if (query.q) return { title: t("searchTitle", { q: query.q }), description: t("searchDescription", { q: query.q }) };
  const category = categories.find((candidate) => candidate.slug === query.category);
  return { title: category ? t("categoryTitle", { category: category.name }) : t("title"), description: category?.description ?? t("description") };
}

/** The whole `/shop` page for a query: search form, filters, results and pages. */
export async function ShopListing({ query: raw }: { query: ShopQuery }) {
  const { query, categories, tags } = await resolveQuery(raw);
  const locale = await getLocale();
  const result = await listProducts(query, locale);
  const category = categories.find((candidate) => candidate.slug === query.category);
  const t = await getTranslations("Shop");
  const filters = await getTranslations("Filters");
  const heading = query.q ? t("resultsFor", { q: query.q }) : (category?.name ?? t("allProducts"));
  const total = new Intl.NumberFormat(LOCALE_FORMAT_TAGS[locale]).format(result.total);
  const count = result.totalIsCapped ? t("countCapped", { total }) : t("count", { count: result.total, total });

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl tracking-tight text-stone-900">{heading}</h1>
        <p className="hidden max-w-2xl text-stone-600 sm:block">
          {category && !query.q ? category.description : t("description")}
        </p>
      </header>

      <ShopSearchForm query={query} />

      <div className="grid gap-4 lg:grid-cols-[14rem_1fr] lg:gap-8">
        <aside>
          <FiltersToggle label={query.category || query.tag ? filters("filtersOn") : filters("filters")}>
            <ShopFilters query={query} categories={categories} tags={tags} />
          </FiltersToggle>
        </aside>

        <section aria-labelledby="results-heading" className="flex flex-col gap-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-sm text-stone-600">
              {count}
              {result.pageCount > 1 ? ` · ${t("pageOf", { page: result.page, pageCount: result.pageCount })}` : ""}
            </h2>
            {query.q || query.category || query.tag || query.inStock || query.sort ? (
              <Link href="/shop" prefetch={false} className="text-sm font-medium text-leaf-700 hover:underline">
                {t("clear")}
              </Link>
            ) : null}
          </div>

          {!result.matchedAllWords ? (
            <p role="status" className="rounded-lg bg-soil-100 px-4 py-3 text-sm text-soil-700">
              {t("partialMatch", { q: query.q })}
            </p>
          ) : null}

          {result.items.length > 0 ? (
            <>
              <ProductGrid products={result.items} label={t("products")} firstRowOnScreen Card={ClientShopCard} />
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

async function EmptyResults({ query }: { query: ShopQuery }) {
  const t = await getTranslations("Shop");
  const narrowed = query.category || query.tag || query.inStock;
  return (
    <div className="flex flex-col items-center gap-3 rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <p className="text-lg font-semibold text-stone-900">{query.q ? t("noResultsFor", { q: query.q }) : t("noResultsFilters")}</p>
      <p className="text-stone-600">
        {t.rich("tryInstead", {
          search: linkTo(shopHref(query, { q: "tomatoes", category: null, tag: null, inStock: false }), { className: "font-medium text-leaf-700 underline underline-offset-2", prefetch: false }),
          pantry: linkTo("/shop?category=pantry", { className: "font-medium text-leaf-700 underline underline-offset-2", prefetch: false }),
        })}
      </p>
      {narrowed && query.q ? (
        <Link href={shopHref(query, { category: null, tag: null, inStock: false })} prefetch={false} className="text-sm font-medium text-leaf-700 hover:underline">
          {t("searchAll", { q: query.q })}
        </Link>
      ) : null}
    </div>
  );
}
