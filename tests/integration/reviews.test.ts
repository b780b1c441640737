import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products } from "@/db/schema";
import { getProductBySlug, listProducts } from "@/lib/catalog/queries";
import { DEFAULT_SHOP_QUERY } from "@/lib/catalog/params";
import { REVIEW_BODY_MAX, REVIEW_WRITES_PER_HOUR } from "@/lib/reviews/rules";
import { deleteOwnReview, hideReview, listAdminReviews, listReviews, NOT_A_BUYER, ratingSummary, restoreReview, saveReview } from "@/lib/reviews/reviews";
import { createProduct } from "../support/catalog";
import { adminActor, createUser, customerActor, insertOrder } from "./admin-helpers";

async function buyer(productId: number, status: "paid" | "pending" | "refunded" = "paid") {
  const user = await createUser();
  await insertOrder({ status, userId: user.id, totalCents: 450, createdAt: new Date(), items: [{ productId, name: "Test", unitPriceCents: 450, quantity: 1 }] });
  return user;
}

const card = async (slug: string) => (await getProductBySlug(slug))!;

describe("reviews", () => {
  it("lets a verified buyer rate a product, and the average, count and distribution follow", async () => {
    const product = await createProduct();
    const ada = await buyer(product.id);
    const bob = await buyer(product.id);

    expect(await saveReview(ada.id, { productId: product.id, rating: "5", title: "Lovely", body: "Tastes of summer." })).toMatchObject({ ok: true });
    expect(await saveReview(bob.id, { productId: product.id, rating: "2" })).toMatchObject({ ok: true });

    expect(await card(product.slug)).toMatchObject({ rating: 3.5, ratingCount: 2 });
    expect(await ratingSummary(product.id)).toEqual({ average: 3.5, count: 2, distribution: [0, 1, 0, 0, 1] });
    const list = await listReviews(product.id);
    expect(list.reviews.map((review) => review.rating)).toEqual([2, 5]);
    // Authors show as a first name (or a short handle), never their email address.
    expect(list.reviews.every((review) => !review.author.includes("@"))).toBe(true);
  });

  it("refuses shoppers without a paid order of the product, and signed-out visitors", async () => {
    const product = await createProduct();
    const stranger = await createUser();
    const pending = await buyer(product.id, "pending");
    const otherProduct = await createProduct();
    const boughtSomethingElse = await buyer(otherProduct.id);

    for (const user of [stranger, pending, boughtSomethingElse]) {
      expect(await saveReview(user.id, { productId: product.id, rating: 4 })).toEqual({ ok: false, ...NOT_A_BUYER });
    }
    expect(await saveReview(null, { productId: product.id, rating: 4 })).toMatchObject({ ok: false, message: /Sign in/ });
    expect((await ratingSummary(product.id)).count).toBe(0);
    // A refunded order was still a purchase.
    const refunded = await buyer(product.id, "refunded");
    expect(await saveReview(refunded.id, { productId: product.id, rating: 4 })).toMatchObject({ ok: true });
  });

  it("keeps one review per product and author: saving again edits it, deleting removes it from the average", async () => {
    const product = await createProduct();
    const ada = await buyer(product.id);
    await saveReview(ada.id, { productId: product.id, rating: 1, body: "Bruised." });
    await saveReview(ada.id, { productId: product.id, rating: 4, body: "The replacement was perfect." });

    const { reviews } = await listReviews(product.id);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ rating: 4, body: "The replacement was perfect." });
    expect(await card(product.slug)).toMatchObject({ rating: 4, ratingCount: 1 });

    // Another shopper cannot delete it: deleting only ever touches the caller's own review.
    const bob = await customerActor();
    expect(await deleteOwnReview(bob.id, { productId: product.id })).toMatchObject({ ok: false });
    expect(await deleteOwnReview(ada.id, { productId: product.id })).toEqual({ ok: true });
    expect(await card(product.slug)).toMatchObject({ rating: null, ratingCount: 0 });
  });

  it("validates the rating and lengths, and stores plain text without control characters", async () => {
    const product = await createProduct();
    const ada = await buyer(product.id);
    for (const rating of ["0", "6", "3.5", "five", ""]) {
      const result = await saveReview(ada.id, { productId: product.id, rating });
      expect(result).toMatchObject({ ok: false, fieldErrors: { rating: [expect.stringMatching(/1 to 5/)] } });
    }
    const tooLong = await saveReview(ada.id, { productId: product.id, rating: 3, body: "x".repeat(REVIEW_BODY_MAX + 1) });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/at most/)] } });

    const saved = await saveReview(ada.id, { productId: product.id, rating: 3, title: "<b>Bold</b>\u0000\u202E", body: "<script>alert(1)</script>\r\nok" });
    expect(saved).toMatchObject({ ok: true, review: { title: "<b>Bold</b>", body: "<script>alert(1)</script>\nok" } });
  });

  it("limits how many reviews one author writes in an hour", async () => {
    const ada = await createUser();
    const results = [];
    for (let i = 0; i <= REVIEW_WRITES_PER_HOUR; i += 1) {
      const product = await createProduct();
      await insertOrder({ status: "paid", userId: ada.id, totalCents: 450, createdAt: new Date(), items: [{ productId: product.id, name: "Test", unitPriceCents: 450, quantity: 1 }] });
      results.push(await saveReview(ada.id, { productId: product.id, rating: 5 }));
    }
    expect(results.slice(0, REVIEW_WRITES_PER_HOUR).every((result) => result.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, message: /Try again in \d+ minutes/ });
  });

  it("lets operators hide a review with a reason (it leaves the average) and restore it", async () => {
    const product = await createProduct();
    const ada = await buyer(product.id);
    const bob = await buyer(product.id);
    await saveReview(ada.id, { productId: product.id, rating: 5 });
    const spam = await saveReview(bob.id, { productId: product.id, rating: 1, body: "Buy followers at …" });
    if (!spam.ok) throw new Error(spam.message);
    expect(await card(product.slug)).toMatchObject({ rating: 3, ratingCount: 2 });

    const customer = await customerActor();
    expect(await hideReview(customer, { reviewId: spam.review.id, reason: "spam" })).toEqual({ ok: false, message: "Not found" });
    const admin = await adminActor();
    expect(await hideReview(admin, { reviewId: spam.review.id, reason: "" })).toMatchObject({ ok: false });
    expect(await hideReview(admin, { reviewId: spam.review.id, reason: "Spam link" })).toEqual({ ok: true, hidden: true });

    expect(await card(product.slug)).toMatchObject({ rating: 5, ratingCount: 1 });
    expect((await listReviews(product.id)).reviews.map((review) => review.rating)).toEqual([5]);
    const hidden = await listAdminReviews(admin, { visibility: "hidden" });
    expect(hidden).toMatchObject({ ok: true, rows: [{ id: spam.review.id, hidden: true, hiddenReason: "Spam link" }] });

    expect(await restoreReview(admin, { reviewId: spam.review.id })).toEqual({ ok: true, hidden: false });
    expect(await card(product.slug)).toMatchObject({ rating: 3, ratingCount: 2 });
  });

  it("sorts the shop by rating: best average first, unrated last", async () => {
    const category = `rated-${Math.random().toString(36).slice(2, 8)}`;
    const { categories } = await import("@/db/schema");
    await getDb().insert(categories).values({ slug: category, name: "Rated" });
    const good = await createProduct({ category, name: "Aaa good" });
    const best = await createProduct({ category, name: "Zzz best" });
    const unrated = await createProduct({ category, name: "Mmm unrated" });
    await saveReview((await buyer(good.id)).id, { productId: good.id, rating: 4 });
    await saveReview((await buyer(best.id)).id, { productId: best.id, rating: 5 });

    const page = await listProducts({ ...DEFAULT_SHOP_QUERY, category, sort: "rating" });
    expect(page.items.map((item) => item.slug)).toEqual([best.slug, good.slug, unrated.slug]);
    const [row] = await getDb().select({ count: products.ratingCount }).from(products).where(eq(products.id, unrated.id));
    expect(row.count).toBe(0);
  });
});
