import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { productInShopperLanguage } from "@/lib/catalog/names";
import Link from "next/link";
import { ReviewPageHeader } from "@/components/reviews/review-page-header";
import { notFound } from "next/navigation";
import { RatingOverview, ReviewList } from "@/components/reviews/review-list";
import { getProductIdBySlug } from "@/lib/reviews/products";
import { listReviews, ratingSummary } from "@/lib/reviews/reviews";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stored = await getProductIdBySlug((await params).slug);
  const t = await getTranslations("ReviewPages");
  if (!stored) return { title: t("notFound") };
  const { name } = await productInShopperLanguage(stored, await getLocale());
  return { title: t("reviewsOf", { name }), description: t("reviewsDescription", { name }) };
}

export default async function ReviewsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const stored = await getProductIdBySlug(slug);
  if (!stored) notFound();
  const product = await productInShopperLanguage(stored, await getLocale());
  const t = await getTranslations("ReviewPages");
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const [summary, page] = await Promise.all([ratingSummary(product.id), listReviews(product.id, Number.isInteger(requested) ? requested : 1)]);

  return (
    <div className="flex flex-col gap-6">
      <ReviewPageHeader product={product} title={t("reviewsOf", { name: product.name })} />
      <RatingOverview summary={summary} />
      {page.reviews.length > 0 ? <ReviewList reviews={page.reviews} /> : null}
      {page.pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center gap-4 text-sm">
          {page.page > 1 ? (
            <Link href={`/shop/${product.slug}/reviews?page=${page.page - 1}`} className="font-medium text-leaf-700 underline">
              {t("newer")}
            </Link>
          ) : null}
          <span className="text-stone-700">
            {t("page", { page: page.page, pages: page.pages })}
          </span>
          {page.page < page.pages ? (
            <Link href={`/shop/${product.slug}/reviews?page=${page.page + 1}`} className="font-medium text-leaf-700 underline">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
