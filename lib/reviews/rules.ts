import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/notice";

// What a review may hold. Plain text only: React escapes it on every page, and control characters
// (which no keyboard types) are removed so a review cannot smuggle layout tricks into the page.

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 2000;
export const REVIEWS_PAGE_SIZE = 10;
/** Writes (new reviews and edits) per author per hour, so nobody floods a product page. */
export const REVIEW_WRITES_PER_HOUR = 10;
export const HIDE_REASON_MAX = 300;

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

const plainText = (max: number, tooLong: string) =>
  z
    .string()
    .transform((value) => value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, tooLong));

const CHOOSE_RATING = fieldMessage("chooseRating");

export const reviewInput = z.object({
  productId: z.coerce.number().int().positive(),
  rating: z.coerce
    .number({ error: CHOOSE_RATING })
    .int(CHOOSE_RATING)
    .min(1, CHOOSE_RATING)
    .max(5, CHOOSE_RATING),
  title: z.preprocess((value) => value ?? "", plainText(REVIEW_TITLE_MAX, fieldMessage("titleTooLong", { max: REVIEW_TITLE_MAX }))),
  body: z.preprocess((value) => value ?? "", plainText(REVIEW_BODY_MAX, fieldMessage("reviewTooLong", { max: REVIEW_BODY_MAX }))),
});

export const hideInput = z.object({
  reviewId: z.coerce.number().int().positive(),
  reason: z.preprocess((value) => value ?? "", plainText(HIDE_REASON_MAX, `The reason can be at most ${HIDE_REASON_MAX} characters.`).pipe(z.string().min(1, "Say why the review is hidden."))),
});

/** Average of visible ratings, one decimal, or null when there are none. */
export function averageRating(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null;
}
