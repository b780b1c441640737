import { z } from "zod";

// What a review may hold. Plain text only: React escapes it on every page, and control characters
// (which no keyboard types) are removed so a review cannot smuggle layout tricks into the page.

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 2000;
export const REVIEWS_PAGE_SIZE = 10;
/** Writes (new reviews and edits) per author per hour, so nobody floods a product page. */
export const REVIEW_WRITES_PER_HOUR = 10;
export const HIDE_REASON_MAX = 300;

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

const plainText = (max: number, label: string) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));

export const reviewInput = z.object({
  productId: z.coerce.number().int().positive(),
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(1, "Choose a rating from 1 to 5 stars.")
    .max(5, "Choose a rating from 1 to 5 stars."),
  title: z.preprocess((value) => value ?? "", plainText(REVIEW_TITLE_MAX, "The title")),
  body: z.preprocess((value) => value ?? "", plainText(REVIEW_BODY_MAX, "The review")),
});

export const hideInput = z.object({
  reviewId: z.coerce.number().int().positive(),
  reason: z.preprocess((value) => value ?? "", plainText(HIDE_REASON_MAX, "The reason").pipe(z.string().min(1, "Say why the review is hidden."))),
});

/** Average of visible ratings, one decimal, or null when there are none. */
export function averageRating(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null;
}
