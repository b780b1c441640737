"use server";

import { redirect } from "next/navigation";
import type { ReviewFormState } from "@/components/reviews/form-state";
import { currentUser } from "@/lib/auth";
import { getProductById } from "@/lib/reviews/products";
import { deleteOwnReview, saveReview } from "@/lib/reviews/reviews";
import { formOf, SEND_THE_FORM } from "@/lib/actions/form";

function fields(payload: unknown) {
  const form = formOf(payload);
  if (!form) return null;
  return { productId: form.get("productId"), rating: form.get("rating"), title: form.get("title"), body: form.get("body") };
}

export async function saveReviewAction(_: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const input = fields(form);
  if (!input) return { status: "error", message: SEND_THE_FORM };
  const user = await currentUser();
  const result = await saveReview(user?.id, input);
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  const product = await getProductById(Number(input.productId));
  redirect(product ? `/shop/${product.slug}#reviews` : "/shop");
}

export async function deleteReviewAction(_: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const input = fields(form);
  if (!input) return { status: "error", message: SEND_THE_FORM };
  const user = await currentUser();
  const result = await deleteOwnReview(user?.id, input);
  if (!result.ok) return { status: "error", message: result.message };
  const product = await getProductById(Number(input.productId));
  redirect(product ? `/shop/${product.slug}#reviews` : "/shop");
}
