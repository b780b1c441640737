import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { productInShopperLanguage } from "@/lib/catalog/names";
import { noticeText } from "@/lib/i18n/server";
import { ReviewPageHeader } from "@/components/reviews/review-page-header";
import { notFound } from "next/navigation";
import { ClientTranslations } from "@/components/layout/client-translations";
import { ReviewForm } from "@/components/reviews/review-form";
import { Alert } from "@/components/ui/alert";
import { requireSignedIn } from "@/lib/auth";
import { getProductIdBySlug } from "@/lib/reviews/products";
import { NOT_A_BUYER, reviewFormState } from "@/lib/reviews/reviews";
import { deleteReviewAction, saveReviewAction } from "@/app/(store)/shop/[slug]/review/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ReviewPages");
  return { title: t("metaTitle"), description: t("metaDescription"), robots: { index: false } };
}

export default async function ReviewPage({ params }: Props) {
  const { slug } = await params;
  const stored = await getProductIdBySlug(slug);
  if (!stored) notFound();
  const product = await productInShopperLanguage(stored, await getLocale());
  const t = await getTranslations("ReviewPages");
  const user = await requireSignedIn(`/shop/${product.slug}/review`);
  const state = await reviewFormState(user.id, product.id);

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <ReviewPageHeader product={product} title={t(state.existing ? "editTitle" : "newTitle", { name: product.name })} />
      {state.hiddenReason !== null ? (
        <Alert tone="info">{state.hiddenReason ? t("hiddenWithReason", { reason: state.hiddenReason }) : t("hidden")}</Alert>
      ) : null}
      {state.canReview || state.existing ? (
        <ClientTranslations namespaces={["ReviewForm"]}>
          <ReviewForm
            productId={product.id}
            initial={state.existing ? { rating: state.existing.rating, title: state.existing.title, body: state.existing.body } : null}
            save={saveReviewAction}
            remove={deleteReviewAction}
          />
        </ClientTranslations>
      ) : (
        <Alert tone="info">{await noticeText(NOT_A_BUYER)}</Alert>
      )}
    </div>
  );
}
