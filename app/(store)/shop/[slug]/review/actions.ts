"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ReviewFormState } from "@/components/reviews/form-state";
import { action, formText } from "@/lib/actions/action";
import { getProductById } from "@/lib/reviews/products";
import { deleteOwnReview, saveReview } from "@/lib/reviews/reviews";

// The fields arrive as text; lib/reviews/reviews.ts decides what is valid, and that a signed-out
// visitor (auth: "visitor") is asked to sign in first.
const reviewForm = z.object({ productId: formText, rating: formText, title: formText, body: formText });

async function backToReviews(productId: string): Promise<never> {
  const product = await getProductById(Number(productId));
  redirect(product ? `/shop/${product.slug}#reviews` : "/shop");
}

export const saveReviewAction = action({ input: reviewForm, auth: "visitor" }, async (input, { actor }): Promise<ReviewFormState> => {
  const result = await saveReview(actor?.id, input);
  if (!result.ok) return result;
  return backToReviews(input.productId);
});

export const deleteReviewAction = action({ input: reviewForm, auth: "visitor" }, async (input, { actor }): Promise<ReviewFormState> => {
  const result = await deleteOwnReview(actor?.id, input);
  if (!result.ok) return { ok: false, message: result.message };
  return backToReviews(input.productId);
});
