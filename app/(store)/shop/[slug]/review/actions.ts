"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ReviewFormState } from "@/components/reviews/form-state";
import { action, formText } from "@/lib/actions/action";
import { getProductById } from "@/lib/reviews/products";
import { deleteOwnReview, saveReview } from "@/lib/reviews/reviews";
import type { FieldErrors } from "@/lib/actions/state";
import type { Notice } from "@/lib/i18n/notice";
import { fieldErrorsText, noticeText, requestTranslator } from "@/lib/i18n/server";

// The fields arrive as text; lib/reviews/reviews.ts decides what is valid, and that a signed-out
// visitor (auth: "visitor") is asked to sign in first.
const reviewForm = z.object({ productId: formText, rating: formText, title: formText, body: formText });

/** A refused review in the shopper's language, field by field. */
async function answered(failure: { message: string; notice?: Notice; fieldErrors?: FieldErrors }): Promise<ReviewFormState> {
  if (!failure.fieldErrors) return { ok: false, message: await noticeText(failure) };
  return { ok: false, message: (await requestTranslator("AuthErrors"))("checkFields"), fieldErrors: await fieldErrorsText(failure.fieldErrors) };
}

async function backToReviews(productId: string): Promise<never> {
  const product = await getProductById(Number(productId));
  redirect(product ? `/shop/${product.slug}#reviews` : "/shop");
}

export const saveReviewAction = action({ input: reviewForm, auth: "visitor" }, async (input, { actor }): Promise<ReviewFormState> => {
  const result = await saveReview(actor?.id, input);
  if (!result.ok) return answered(result);
  return backToReviews(input.productId);
});

export const deleteReviewAction = action({ input: reviewForm, auth: "visitor" }, async (input, { actor }): Promise<ReviewFormState> => {
  const result = await deleteOwnReview(actor?.id, input);
  if (!result.ok) return answered(result);
  return backToReviews(input.productId);
});
