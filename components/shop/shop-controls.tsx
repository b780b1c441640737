import Link from "next/link";
import { useTranslations } from "next-intl";
import { SORTS, shopHref, type ShopQuery } from "@/lib/catalog/params";
import type { CategorySummary } from "@/lib/catalog/types";
import { FieldFrame } from "@/components/ui/field-frame";
import { AutoSubmit } from "./auto-submit";

/** Search box, sort and in-stock toggle in one GET form; the other filters ride along hidden. */
export function ShopSearchForm({ query }: { query: ShopQuery }) {
  const t = useTranslations("Shop");
  return (
    <form role="search" action="/shop" className="flex flex-wrap items-end gap-3 rounded-2xl border border-stone-200 bg-white p-3 shadow-sm sm:flex-nowrap sm:p-4">
      <FieldFrame id="shop-q" label={t("searchLabel")} className="basis-full sm:flex-1 sm:basis-auto">
        <input
          id="shop-q"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm max-sm:min-h-11"
        />
      </FieldFrame>
      {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
      {query.tag ? <input type="hidden" name="tag" value={query.tag} /> : null}
      <FieldFrame id="shop-sort" label={t("sortBy")}>
        <select id="shop-sort" name="sort" defaultValue={query.sort ?? ""} className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm max-sm:min-h-11">
          <option value="">{query.q ? t("bestMatch") : t("featured")}</option>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </FieldFrame>
      <label className="flex items-center gap-2 py-2 text-sm font-medium whitespace-nowrap text-stone-800">
        <input type="checkbox" name="inStock" value="1" defaultChecked={query.inStock} className="h-4 w-4 accent-leaf-700" />
        {t("inStockOnly")}
      </label>
      <button type="submit" className="rounded-lg bg-leaf-700 px-5 py-2 text-sm font-semibold text-white hover:bg-leaf-900 max-sm:min-h-11">
        {t("search")}
      </button>
      <AutoSubmit />
    </form>
  );
}

// The chips' looks (and their 44 px tap size below `lg`) are classes in app/globals.css.
const chipOn = "chip chip-on";
const chipOff = "chip chip-off";

/** Categories and tags as plain links, so filtering needs no JavaScript and each view has a URL. */
export function ShopFilters({ query, categories, tags }: { query: ShopQuery; categories: CategorySummary[]; tags: string[] }) {
  const t = useTranslations("Shop");
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("categories")}>
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-soil-700">{t("categories")}</h2>
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
          <li>
            <Link href={shopHref(query, { category: null })} prefetch={false} aria-current={query.category ? undefined : "page"} className={`flex ${query.category ? chipOff : chipOn} lg:rounded-lg`}>
              {t("allProducts")}
            </Link>
          </li>
          {categories.map((category) => {
            const active = query.category === category.slug;
            return (
              <li key={category.slug}>
                <Link
                  href={shopHref(query, { category: active ? null : category.slug })}
                  prefetch={false}
                  aria-current={active ? "page" : undefined}
                  className={`flex justify-between gap-3 ${active ? chipOn : chipOff} lg:rounded-lg`}
                >
                  <span>{category.name}</span>
                  <span className={active ? "text-leaf-100" : "text-stone-600"}>{category.productCount}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav aria-label={t("tags")}>
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-soil-700">{t("tags")}</h2>
        <ul className="flex flex-wrap gap-2">
          {tags.map((tag) => {
            const active = query.tag === tag;
            return (
              <li key={tag}>
                <Link href={shopHref(query, { tag: active ? null : tag })} prefetch={false} aria-current={active ? "page" : undefined} className={`inline-flex ${active ? chipOn : chipOff}`}>
                  {tag}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}

export function Pagination({ query, page, pageCount }: { query: ShopQuery; page: number; pageCount: number }) {
  const t = useTranslations("Shop");
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
    (candidate) => candidate === 1 || candidate === pageCount || Math.abs(candidate - page) <= 2,
  );
  const link = "min-w-10 rounded-lg px-3 py-2 text-center text-sm font-medium";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-center gap-1">
      {page > 1 ? (
        <Link href={shopHref(query, { page: page - 1 })} prefetch={false} rel="prev" className={`${link} text-leaf-700 hover:bg-leaf-50`}>
          ← {t("previous")}
        </Link>
      ) : null}
      {pages.map((candidate, index) => (
        <span key={candidate} className="flex items-center gap-1">
          {index > 0 && candidate - pages[index - 1] > 1 ? <span className="px-1 text-stone-600">…</span> : null}
          <Link
            href={shopHref(query, { page: candidate })}
            prefetch={false}
            aria-current={candidate === page ? "page" : undefined}
            aria-label={t("pageN", { page: candidate })}
            className={`${link} ${candidate === page ? "bg-leaf-700 text-white" : "text-stone-700 hover:bg-leaf-50"}`}
          >
            {candidate}
          </Link>
        </span>
      ))}
      {page < pageCount ? (
        <Link href={shopHref(query, { page: page + 1 })} prefetch={false} rel="next" className={`${link} text-leaf-700 hover:bg-leaf-50`}>
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
