import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/shop/product-card";
import { ClientShopCard } from "@/components/shop/shop-card-client";
import { ButtonLink } from "@/components/ui/button-link";
import { getHomeCatalog, listCategories } from "@/lib/catalog";
import { HOME_EDITION } from "@/lib/catalog/shop-url";
import { pageLocale } from "@/lib/i18n/server";

// The home page `/`: middleware rewrites it here (the address bar keeps `/`), so it is rendered on
// its first visit and then served from the cache like the shop's views, refreshed by
// `catalogChanged` or after a second. Nothing is prerendered at build time: a build has no
// database, and a page built days ago would show days-old stock.
export const revalidate = 1;

export async function generateStaticParams(): Promise<{ edition: string }[]> {
  return [];
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

/** A shelf's heading (featured, seasonal), with a link to all of its kind on the right. */
function ShelfHeading({ id, title, body, more }: { id: string; title: string; body?: string; more: { href: string; label: string } }) {
  const heading = (
    <h2 id={id} className="text-2xl font-bold tracking-tight text-stone-900">
      {title}
    </h2>
  );
  return (
    <div className="flex items-end justify-between gap-4">
      {body ? (
        <div>
          {heading}
          <p className="text-sm text-stone-600">{body}</p>
        </div>
      ) : (
        heading
      )}
      <Link href={more.href} className="text-sm font-semibold text-leaf-700 hover:underline">
        {more.label} →
      </Link>
    </div>
  );
}

type Props = { params: Promise<{ edition: string; locale: string }> };

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  if ((await params).edition !== HOME_EDITION) notFound();
  const t = await getTranslations("Home");
  const [{ featured, seasonal, recipes }, categories] = await Promise.all([getHomeCatalog(locale), listCategories(locale)]);

  return (
    <div className="flex flex-col gap-14">
      <section className="relative overflow-hidden rounded-3xl bg-leaf-900 px-6 py-14 text-white sm:px-12">
        <div className="relative z-10 flex max-w-2xl flex-col gap-5">
          <p className="text-sm font-semibold uppercase tracking-widest text-leaf-100">{t("eyebrow")}</p>
          <h1 className="text-4xl font-bold leading-tight tracking-tight sm:text-5xl">{t("heading")}</h1>
          <p className="text-lg text-leaf-100">{t("intro")}</p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href="/shop" variant="secondary" className="border-transparent px-6 py-3 text-leaf-900">
              {t("shopCta")}
            </ButtonLink>
            <Link href="/assistant" className="inline-flex items-center rounded-lg px-6 py-3 text-sm font-semibold text-white ring-1 ring-white/40 hover:bg-white/10">
              {t("assistantCta")}
            </Link>
          </div>
        </div>
        <div aria-hidden="true" className="absolute -right-20 -top-20 h-80 w-80 rounded-full bg-leaf-700/60" />
        <div aria-hidden="true" className="absolute -bottom-24 right-24 h-64 w-64 rounded-full bg-leaf-600/40" />
      </section>

      <nav aria-label={t("byCategory")}>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={`/shop?category=${category.slug}`}
                className="flex h-full flex-col gap-1 rounded-2xl border border-stone-200 bg-white p-4 transition hover:border-leaf-600 hover:shadow-sm"
              >
                <span className="font-semibold text-stone-900">{category.name}</span>
                <span className="text-xs text-stone-600">{t("productCount", { count: category.productCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="featured-heading" className="flex flex-col gap-4">
        <ShelfHeading id="featured-heading" title={t("featured")} more={{ href: "/shop", label: t("seeEverything") }} />
        <ProductGrid products={featured} label={t("featuredProducts")} Card={ClientShopCard} />
      </section>

      {seasonal.length > 0 ? (
        <section aria-labelledby="seasonal-heading" className="flex flex-col gap-4">
          <ShelfHeading id="seasonal-heading" title={t("seasonal")} body={t("seasonalBody")} more={{ href: "/shop?tag=seasonal", label: t("allSeasonal") }} />
          <ProductGrid products={seasonal} label={t("seasonalProducts")} Card={ClientShopCard} />
        </section>
      ) : null}

      <section aria-labelledby="recipes-heading" className="flex flex-col gap-5 rounded-3xl bg-soil-100 px-6 py-10 sm:px-10">
        <div className="flex flex-col gap-2">
          <h2 id="recipes-heading" className="text-2xl font-bold tracking-tight text-stone-900">
            {t("cookTonight")}
          </h2>
          <p className="max-w-2xl text-stone-700">{t("cookBody")}</p>
        </div>
        {recipes.length > 0 ? (
          <ul className="grid gap-4 md:grid-cols-3">
            {recipes.map((recipe) => (
              <li key={recipe.slug} className="flex flex-col gap-2 rounded-2xl bg-white p-5 shadow-sm">
                <p className="text-xs font-medium uppercase tracking-wide text-soil-700">
                  {t("recipeMeta", { meal: recipe.meal, minutes: recipe.minutes })}
                </p>
                <h3 className="font-semibold text-stone-900">{recipe.title}</h3>
                <p className="text-sm leading-relaxed text-stone-700">{recipe.summary}</p>
              </li>
            ))}
          </ul>
        ) : null}
        <div>
          <ButtonLink href="/assistant" className="px-6 py-3">
            {t("askRecipe")}
          </ButtonLink>
        </div>
      </section>
    </div>
  );
}
