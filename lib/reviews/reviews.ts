import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { orderItems, orders, products, reviews, users } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "@/lib/admin/access";
import { catalogChanged } from "@/lib/catalog/cache";
import { PAID_STATUSES } from "@/lib/orders/status";
import { hit } from "@/lib/rate-limit";
import { notice, type Notice } from "@/lib/i18n/notice";
import { averageRating, hideInput, REVIEW_WRITES_PER_HOUR, REVIEWS_PAGE_SIZE, reviewInput } from "./rules";

export type ReviewView = {
  id: number;
  rating: number;
  title: string;
  body: string;
  author: string;
  /** ISO times: cached product pages store reviews as JSON. */
  createdAt: string;
  updatedAt: string;
};

export type RatingSummary = {
  average: number | null;
  count: number;
  /** Visible reviews per star, index 0 = 1 star … index 4 = 5 stars. */
  distribution: [number, number, number, number, number];
};

/** A shopper's failure carries its notice (lib/i18n/notice.ts), which the review actions word in the shopper's language. */
type ShopperFailure = Failure & { notice?: Notice };
export type ReviewResult = { ok: true; review: ReviewView } | ShopperFailure;

export const NOT_A_BUYER = notice("notABuyer");
const SIGN_IN_FIRST = notice("signInToReview");
const NO_SUCH_REVIEW = notice("reviewNotFound");

/** "Ada L." from a name, or the part of the email before @ shortened: never the full address. */
function authorName(name: string | null, email: string): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2) return `${words[0]} ${words[words.length - 1][0]}.`;
  if (words.length === 1) return words[0];
  const local = email.split("@")[0] ?? "";
  return local.length > 3 ? `${local.slice(0, 3)}…` : "Shopper";
}

/** The author has a paid order (including one later refunded) that contains the product. */
export async function isVerifiedBuyer(userId: string, productId: number, executor: Executor = db): Promise<boolean> {
  const [row] = await executor
    .select({ id: orders.id })
    .from(orders)
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(and(eq(orders.userId, userId), eq(orderItems.productId, productId), inArray(orders.status, [...PAID_STATUSES])))
    .limit(1);
  return Boolean(row);
}

/** Recounts the product's visible ratings inside the writing transaction, so the figures never drift. */
async function recountRatings(tx: Executor, productId: number) {
  await tx
    .update(products)
    .set({
      ratingCount: sql`(select count(*) from ${reviews} where ${reviews.productId} = ${productId} and ${reviews.hidden} = 0)`,
      ratingSum: sql`(select coalesce(sum(${reviews.rating}), 0) from ${reviews} where ${reviews.productId} = ${productId} and ${reviews.hidden} = 0)`,
    })
    .where(eq(products.id, productId));
}

async function productSlug(productId: number, executor: Executor = db): Promise<string | null> {
  const [row] = await executor.select({ slug: products.slug }).from(products).where(and(eq(products.id, productId), eq(products.visible, true)));
  return row?.slug ?? null;
}

function toView(row: typeof reviews.$inferSelect, author: { name: string | null; email: string }): ReviewView {
  return { id: row.id, rating: row.rating, title: row.title, body: row.body, author: authorName(author.name, author.email), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** Writes the author's review of a product: the first one creates it, later ones edit it. */
export async function saveReview(userId: string | null | undefined, input: unknown): Promise<ReviewResult> {
  if (!userId) return { ok: false, ...SIGN_IN_FIRST };
  const parsed = reviewInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { productId, rating, title, body } = parsed.data;

  const slug = await productSlug(productId);
  if (!slug) return { ok: false, ...notice("productUnavailable") };
  if (!(await isVerifiedBuyer(userId, productId))) return { ok: false, ...NOT_A_BUYER };
  const limit = await hit(`review:${userId}`, { limit: REVIEW_WRITES_PER_HOUR, windowMs: 60 * 60_000 });
  if (!limit.allowed) return { ok: false, ...notice("reviewsTooFast", { minutes: Math.ceil(limit.retryAfterSeconds / 60) }) };

  const saved = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviews)
      .values({ productId, userId, rating, title, body })
      .onConflictDoUpdate({ target: [reviews.productId, reviews.userId], set: { rating, title, body, updatedAt: new Date() } })
      .returning();
    await recountRatings(tx, productId);
    const [author] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
    return toView(row, author);
  });
  await catalogChanged();
  return { ok: true, review: saved };
}

export async function deleteOwnReview(userId: string | null | undefined, input: unknown): Promise<{ ok: true } | ShopperFailure> {
  if (!userId) return { ok: false, ...SIGN_IN_FIRST };
  const parsed = z.object({ productId: z.coerce.number().int().positive() }).safeParse(input);
  if (!parsed.success) return { ok: false, ...NO_SUCH_REVIEW };
  const { productId } = parsed.data;
  const deleted = await db.transaction(async (tx) => {
    const rows = await tx.delete(reviews).where(and(eq(reviews.productId, productId), eq(reviews.userId, userId))).returning({ id: reviews.id });
    if (rows.length) await recountRatings(tx, productId);
    return rows.length > 0;
  });
  if (!deleted) return { ok: false, ...NO_SUCH_REVIEW };
  await catalogChanged();
  return { ok: true };
}

/** What the review form starts from: may this user review the product, and what they wrote before. */
export async function reviewFormState(userId: string, productId: number): Promise<{ canReview: boolean; existing: ReviewView | null; hiddenReason: string | null }> {
  const [row] = await db
    .select({ review: reviews, name: users.name, email: users.email })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.productId, productId), eq(reviews.userId, userId)));
  return {
    canReview: await isVerifiedBuyer(userId, productId),
    existing: row ? toView(row.review, row) : null,
    hiddenReason: row?.review.hidden ? (row.review.hiddenReason ?? "") : null,
  };
}

export async function ratingSummary(productId: number): Promise<RatingSummary> {
  const rows = await db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.hidden, false)))
    .groupBy(reviews.rating);
  const distribution: RatingSummary["distribution"] = [0, 0, 0, 0, 0];
  let total = 0;
  let sum = 0;
  for (const { rating, n } of rows) {
    if (rating >= 1 && rating <= 5) distribution[rating - 1] = n;
    total += n;
    sum += rating * n;
  }
  return { average: averageRating(sum, total), count: total, distribution };
}

/** Visible reviews of a product, newest first. */
export async function listReviews(productId: number, page = 1): Promise<{ reviews: ReviewView[]; page: number; pages: number; total: number }> {
  const [{ total }] = await db.select({ total: count() }).from(reviews).where(and(eq(reviews.productId, productId), eq(reviews.hidden, false)));
  const pages = Math.max(1, Math.ceil(total / REVIEWS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await db
    .select({ review: reviews, name: users.name, email: users.email })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.productId, productId), eq(reviews.hidden, false)))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(REVIEWS_PAGE_SIZE)
    .offset((current - 1) * REVIEWS_PAGE_SIZE);
  return { reviews: rows.map((row) => toView(row.review, row)), page: current, pages, total };
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

export const REVIEWS_ADMIN_PAGE_SIZE = 25;
export const reviewVisibilityFilters = ["all", "visible", "hidden"] as const;

export type AdminReviewRow = ReviewView & {
  productId: number;
  productSlug: string;
  productName: string;
  authorEmail: string;
  hidden: boolean;
  hiddenReason: string | null;
  hiddenAt: Date | null;
};

export async function listAdminReviews(
  actor: Actor,
  query: { visibility?: (typeof reviewVisibilityFilters)[number]; page?: number },
): Promise<({ ok: true; rows: AdminReviewRow[]; page: number; pages: number; total: number }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const where = query.visibility === "hidden" ? eq(reviews.hidden, true) : query.visibility === "visible" ? eq(reviews.hidden, false) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(reviews).where(where);
  const pages = Math.max(1, Math.ceil(total / REVIEWS_ADMIN_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows = await db
    .select({ review: reviews, name: users.name, email: users.email, productSlug: products.slug, productName: products.name })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(REVIEWS_ADMIN_PAGE_SIZE)
    .offset((page - 1) * REVIEWS_ADMIN_PAGE_SIZE);
  return {
    ok: true,
    page,
    pages,
    total,
    rows: rows.map((row) => ({
      ...toView(row.review, row),
      productId: row.review.productId,
      productSlug: row.productSlug,
      productName: row.productName,
      authorEmail: row.email,
      hidden: row.review.hidden,
      hiddenReason: row.review.hiddenReason,
      hiddenAt: row.review.hiddenAt,
    })),
  };
}

export type ModerationResult = { ok: true; hidden: boolean } | Failure | Refusal;

async function setHidden(reviewId: number, hidden: boolean, reason: string | null): Promise<ModerationResult> {
  const changed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(reviews)
      .set({ hidden, hiddenReason: reason, hiddenAt: hidden ? new Date() : null })
      .where(eq(reviews.id, reviewId))
      .returning({ productId: reviews.productId });
    if (row) await recountRatings(tx, row.productId);
    return row ?? null;
  });
  if (!changed) return { ok: false, message: "That review does not exist." };
  await catalogChanged();
  return { ok: true, hidden };
}

export async function hideReview(actor: Actor, input: unknown): Promise<ModerationResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = hideInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Say why the review is hidden.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  return setHidden(parsed.data.reviewId, true, parsed.data.reason);
}

export async function restoreReview(actor: Actor, input: unknown): Promise<ModerationResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = z.object({ reviewId: z.coerce.number().int().positive() }).safeParse(input);
  if (!parsed.success) return { ok: false, message: "That review does not exist." };
  return setHidden(parsed.data.reviewId, false, null);
}
