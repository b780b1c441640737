"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import { idle } from "@/lib/actions/state";
import { fieldErrorsOf } from "@/components/forms/answer";
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from "@/lib/reviews/rules";
import type { ReviewFormState } from "./form-state";

type Props = {
  productId: number;
  initial: { rating: number; title: string; body: string } | null;
  save: (state: ReviewFormState, form: FormData) => Promise<ReviewFormState>;
  remove: (state: ReviewFormState, form: FormData) => Promise<ReviewFormState>;
};

export function ReviewForm({ productId, initial, save, remove }: Props) {
  const [state, saveAction, saving] = useActionState<ReviewFormState, FormData>(save, idle);
  const [deleteState, deleteAction, deleting] = useActionState<ReviewFormState, FormData>(remove, idle);
  // Controlled so a refused review keeps what the shopper typed.
  const [rating, setRating] = useState(String(initial?.rating ?? ""));
  const [title, setTitle] = useState(initial?.title ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const errors = fieldErrorsOf(state);
  const shown = deleteState.ok !== undefined ? deleteState : state;
  const t = useTranslations("ReviewForm");

  return (
    <div className="flex flex-col gap-4">
      <form action={saveAction} noValidate className="flex flex-col gap-4">
        <input type="hidden" name="productId" value={productId} />
        <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
          <legend className="text-sm font-medium text-stone-800">{t("rating")}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {[1, 2, 3, 4, 5].map((stars) => (
              <label key={stars} className="flex cursor-pointer items-center gap-1 rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-leaf-700 has-[:checked]:bg-leaf-50">
                <input type="radio" name="rating" value={stars} checked={rating === String(stars)} onChange={() => setRating(String(stars))} />
                {t("stars", { count: stars })}
              </label>
            ))}
          </div>
          {errors.rating ? (
            <p id="rating-error" className="mt-1 text-sm text-red-700">
              {errors.rating[0]}
            </p>
          ) : null}
        </fieldset>
        <Field
          label={t("title")}
          name="title"
          id="review-title"
          maxLength={REVIEW_TITLE_MAX}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          errors={errors.title}
        />
        <TextAreaField
          label={t("body")}
          name="body"
          id="review-body"
          rows={5}
          maxLength={REVIEW_BODY_MAX}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          hint={t("bodyHint", { max: REVIEW_BODY_MAX })}
          errors={errors.body}
        />
        <div>
          <Button type="submit" disabled={saving || deleting}>
            {saving ? t("saving") : initial ? t("update") : t("post")}
          </Button>
        </div>
      </form>
      {initial ? (
        <form action={deleteAction}>
          <input type="hidden" name="productId" value={productId} />
          <Button type="submit" variant="secondary" disabled={saving || deleting}>
            {deleting ? t("deleting") : t("delete")}
          </Button>
        </form>
      ) : null}
      {shown.ok === false ? (
        <p role="alert" className="text-sm text-red-700">
          {shown.message}
        </p>
      ) : null}
      {shown.ok ? (
        <p role="status" className="text-sm text-leaf-900">
          {shown.message}
        </p>
      ) : null}
    </div>
  );
}
