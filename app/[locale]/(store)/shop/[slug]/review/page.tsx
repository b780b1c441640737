import type { Metadata } from "next";
import { ReviewPageHeader } from "@/components/reviews/review-page-header";
import { notFound, redirect } from "next/navigation";
import { ReviewForm } from "@/components/reviews/review-form";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth";
import { getProductIdBySlug } from "@/lib/reviews/products";
import { NOT_A_BUYER, reviewFormState } from "@/lib/reviews/reviews";
import { deleteReviewAction, saveReviewAction } from "@/app/(store)/shop/[slug]/review/actions";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Review a product", description: "Rate and review a product you bought at Beyond Earth.", robots: { index: false } };

export default async function ReviewPage({ params }: Props) {
  const { slug } = await params;
  const product = await getProductIdBySlug(slug);
  if (!product) notFound();
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/shop/${product.slug}/review`)}`);
  const state = await reviewFormState(user.id, product.id);

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <ReviewPageHeader product={product} title={`${state.existing ? "Edit your review" : "Review"} of ${product.name}`} />
      {state.hiddenReason !== null ? (
        <Alert tone="info">Our team has hidden your review{state.hiddenReason ? `: ${state.hiddenReason}` : "."} You can still edit or delete it.</Alert>
      ) : null}
      {state.canReview || state.existing ? (
        <ReviewForm
          productId={product.id}
          initial={state.existing ? { rating: state.existing.rating, title: state.existing.title, body: state.existing.body } : null}
          save={saveReviewAction}
          remove={deleteReviewAction}
        />
      ) : (
        <Alert tone="info">{NOT_A_BUYER}</Alert>
      )}
    </div>
  );
}
