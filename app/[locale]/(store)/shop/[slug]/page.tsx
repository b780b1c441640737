import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCartForm } from "@/components/shop/add-to-cart-form";
import { RatingOverview, ReviewList } from "@/components/reviews/review-list";
import { CardRating } from "@/components/reviews/stars";
import { ProductGrid } from "@/components/shop/product-card";
import { ProductImage } from "@/components/shop/product-image";
import { LinkedSentence } from "@/components/ui/button-link";
import { stockLevel } from "@/lib/catalog/stock";
import { getProductBySlug, relatedProducts } from "@/lib/catalog";
import { formatCents, SHOP_CURRENCY } from "@/lib/money/format";
import { pageLocale } from "@/lib/i18n/server";
import { addToCart } from "@/app/(store)/shop/[slug]/actions";

// Rendered on first visit, then served from the cache until `catalogChanged` or the one-second
// expiry refreshes it. Nothing is prerendered at build time: a build can be older than the stock.
export const revalidate = 1;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const product = await getProductBySlug((await params).slug, locale);
  if (!product) return { title: (await getTranslations("Product"))("notFound") };
  return { title: product.name, description: product.description.slice(0, 160) };
}

const stockTone = {
  "sold-out": "text-stone-600",
  low: "text-amber-800",
  "in-stock": "text-leaf-700",
};

export default async function ProductPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Product");
  const stock = await getTranslations("Stock");
  const { slug } = await params;
  const product = await getProductBySlug(slug, locale);
  if (!product) notFound();
  const related = await relatedProducts({ id: product.id, category: product.category }, 4, locale);
  const level = stockLevel(product.stock);

  return (
    <div className="flex flex-col gap-12">
      <nav aria-label={t("breadcrumb")} className="text-sm text-stone-600">
        <ol className="flex flex-wrap items-center gap-2">
          <li>
            <Link href="/shop" className="hover:text-leaf-700">
              {t("shop")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/shop?category=${product.category}`} className="hover:text-leaf-700">
              {product.categoryName}
            </Link>
          </li>
        </ol>
      </nav>

      <div className="grid gap-10 md:grid-cols-2">
        <div className="overflow-hidden rounded-3xl border border-stone-200 bg-soil-100">
          <ProductImage
            product={product}
            sizes="(min-width: 768px) 50vw, 100vw"
            eager
            className={`h-full w-full object-cover ${level === "sold-out" ? "grayscale" : ""}`}
          />
        </div>

        <div className="flex flex-col gap-5">
          <div>
            <p className="text-sm font-medium uppercase tracking-wide text-soil-700">{product.categoryName}</p>
            <h1 className="mt-1 text-3xl font-bold tracking-tight text-stone-900">{product.name}</h1>
            {product.ratings.average !== null ? (
              <a href="#reviews" className="mt-1 inline-block hover:underline">
                <CardRating rating={product.ratings.average} count={product.ratings.count} />
              </a>
            ) : null}
          </div>
          <div className="flex items-baseline gap-4">
            <p className="text-2xl font-semibold text-leaf-900">{formatCents(product.priceCents, SHOP_CURRENCY, locale)}</p>
            <p data-testid="stock" className={`text-sm font-semibold ${stockTone[level]}`}>
              {stock(level, { count: product.stock })}
            </p>
          </div>
          <p className="leading-relaxed text-stone-700">{product.description}</p>

          <div className="rounded-2xl border border-stone-200 bg-white p-5">
            <AddToCartForm productId={product.id} soldOut={level === "sold-out"} action={addToCart} />
            {level === "sold-out" ? (
              <p className="mt-3 text-sm text-stone-600">
                {t("soldOutNow")}{" "}
                <Link href={`/shop?category=${product.category}&inStock=1`} className="font-medium text-leaf-700 underline underline-offset-2">
                  {t("otherInStock", { category: product.categoryName })}
                </Link>
                .
              </p>
            ) : null}
          </div>

          <dl className="grid gap-4 text-sm">
            {product.origin ? <Fact label={t("origin")}>{product.origin}</Fact> : null}
            {product.sustainability ? <Fact label={t("sustainability")}>{product.sustainability}</Fact> : null}
            {product.tags.length > 0 ? (
              <div>
                <dt className="font-semibold text-stone-900">{t("tags")}</dt>
                <dd>
                  <ul className="mt-1 flex flex-wrap gap-2">
                    {product.tags.map((tag) => (
                      <li key={tag}>
                        <Link href={`/shop?tag=${tag}`} prefetch={false} className="rounded-full bg-leaf-50 px-3 py-1 text-xs font-medium text-leaf-900 hover:bg-leaf-100">
                          {tag}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
      </div>

      <section aria-labelledby="recipes-heading" className="flex flex-col gap-4">
        <h2 id="recipes-heading" className="text-xl font-bold text-stone-900">
          {t("recipesWith", { product: product.name })}
        </h2>
        {product.recipes.length > 0 ? (
          <ul className="grid gap-4 md:grid-cols-3">
            {product.recipes.map((recipe) => (
              <li key={recipe.slug} className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-5">
                <h3 className="font-semibold text-stone-900">{recipe.title}</h3>
                <p className="text-xs font-medium uppercase tracking-wide text-soil-700">
                  {t("recipeMeta", { minutes: recipe.minutes, servings: recipe.servings, meal: recipe.meal })}
                </p>
                <p className="text-sm leading-relaxed text-stone-700">{recipe.summary}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">{t("noRecipes")}</p>
        )}
        <LinkedSentence text={t("wantMethod")} href="/assistant" label={t("askAssistant")} end="." className="text-sm text-stone-700" linkClassName="underline-offset-2" />
      </section>

      <section id="reviews" aria-labelledby="reviews-heading" className="flex scroll-mt-24 flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="reviews-heading" className="text-xl font-bold text-stone-900">
            {t("reviews")}
          </h2>
          <Link href={`/shop/${product.slug}/review`} prefetch={false} className="text-sm font-semibold text-leaf-700 underline underline-offset-2">
            {t("writeReview")}
          </Link>
        </div>
        <RatingOverview summary={product.ratings} />
        {product.latestReviews.length > 0 ? <ReviewList reviews={product.latestReviews} /> : null}
        {product.ratings.count > product.latestReviews.length ? (
          <Link href={`/shop/${product.slug}/reviews`} prefetch={false} className="text-sm font-semibold text-leaf-700 underline underline-offset-2">
            {t("allReviews", { count: product.ratings.count })}
          </Link>
        ) : null}
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="flex flex-col gap-4">
          <h2 id="related-heading" className="text-xl font-bold text-stone-900">
            {t("moreFrom", { category: product.categoryName })}
          </h2>
          <ProductGrid products={related} label={t("moreFrom", { category: product.categoryName })} />
        </section>
      ) : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-stone-900">{label}</dt>
      <dd className="text-stone-700">{children}</dd>
    </div>
  );
}
