import type { Metadata } from "next";
import Link from "next/link";
import { ReviewPageHeader } from "@/components/reviews/review-page-header";
import { notFound } from "next/navigation";
import { RatingOverview, ReviewList } from "@/components/reviews/review-list";
import { getProductIdBySlug } from "@/lib/reviews/products";
import { listReviews, ratingSummary } from "@/lib/reviews/reviews";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProductIdBySlug((await params).slug);
  if (!product) return { title: "Product not found" };
  return { title: `Reviews of ${product.name}`, description: `What verified buyers say about ${product.name} at Beyond Earth.` };
}

export default async function ReviewsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const product = await getProductIdBySlug(slug);
  if (!product) notFound();
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const [summary, page] = await Promise.all([ratingSummary(product.id), listReviews(product.id, Number.isInteger(requested) ? requested : 1)]);

  return (
    <div className="flex flex-col gap-6">
      <ReviewPageHeader product={product} title={`Reviews of ${product.name}`} />
      <RatingOverview summary={summary} />
      {page.reviews.length > 0 ? <ReviewList reviews={page.reviews} /> : null}
      {page.pages > 1 ? (
        <nav aria-label="Review pages" className="flex items-center gap-4 text-sm">
          {page.page > 1 ? (
            <Link href={`/shop/${product.slug}/reviews?page=${page.page - 1}`} className="font-medium text-leaf-700 underline">
              Newer reviews
            </Link>
          ) : null}
          <span className="text-stone-700">
            Page {page.page} of {page.pages}
          </span>
          {page.page < page.pages ? (
            <Link href={`/shop/${product.slug}/reviews?page=${page.page + 1}`} className="font-medium text-leaf-700 underline">
              Older reviews
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
