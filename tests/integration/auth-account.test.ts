import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  accounts,
  cartItems,
  carts,
  chatMessages,
  chatThreads,
  fingerprintUsage,
  orders,
  rateLimits,
  sessions,
  subscriptions,
  users,
} from "@/db/schema";
import { addItem, cartIdForUser } from "@/lib/cart";
import { changePassword, deleteAccount, getAccountProfile, updateProfile } from "@/lib/auth/account";
import { InvalidCredentials, authorizeCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/registration";
import { createProduct } from "../support/catalog";

let counter = 0;
async function newUser(password = "first-pass-1") {
  counter += 1;
  const email = `user${counter}@example.com`;
  const result = await registerUser({ name: `User ${counter}`, email, password });
  if (!result.ok) throw new Error("registration failed in test setup");
  return result.user;
}

const signIn = (email: string, password: string) =>
  authorizeCredentials({ email, password }).then(
    () => "signed in",
    (error: unknown) => (error instanceof InvalidCredentials ? "refused" : error),
  );

/** What a refused form gives back: one field, one message. */
const fieldError = (field: string, message: string) => ({ ok: false, fieldErrors: { [field]: [message] } });

describe("profile", () => {
  it("shows the profile without the password hash and saves a new name", async () => {
    const user = await newUser();
    const profile = await getAccountProfile(user.id);
    expect(profile).toMatchObject({ email: user.email, name: user.name, hasPassword: true, providers: [] });
    expect(JSON.stringify(profile)).not.toContain("$2");

    expect(await updateProfile(user.id, { name: "  Renamed  " })).toEqual({ ok: true });
    expect((await getAccountProfile(user.id))?.name).toBe("Renamed");
    expect(await updateProfile(user.id, { name: "x".repeat(81) })).toEqual(fieldError("name", "Use at most 80 characters"));
  });
});

describe("changing the password", () => {
  it("needs the current password, then only the new one signs in", async () => {
    const user = await newUser("old-secret-1");
    expect(await changePassword(user.id, { currentPassword: "old-secret-1", newPassword: "new-secret-2" })).toEqual({ ok: true });
    expect(await signIn(user.email, "new-secret-2")).toBe("signed in");
    expect(await signIn(user.email, "old-secret-1")).toBe("refused");
  });

  it("refuses a wrong current password with a field error and keeps the old one", async () => {
    const user = await newUser("old-secret-1");
    expect(await changePassword(user.id, { currentPassword: "not-it-1", newPassword: "new-secret-2" })).toEqual(fieldError("currentPassword", "Your current password is incorrect"));
    expect(await signIn(user.email, "old-secret-1")).toBe("signed in");
  });

  it("refuses a weak or unchanged new password", async () => {
    const user = await newUser("old-secret-1");
    expect(await changePassword(user.id, { currentPassword: "old-secret-1", newPassword: "short1" })).toEqual(fieldError("newPassword", "Use at least 8 characters"));
    expect(await changePassword(user.id, { currentPassword: "old-secret-1", newPassword: "old-secret-1" })).toEqual(fieldError("newPassword", "Choose a password different from your current one"));
    expect(await changePassword(user.id, { currentPassword: "", newPassword: "" })).toMatchObject(fieldError("currentPassword", "Enter your current password"));
    expect(await signIn(user.email, "old-secret-1")).toBe("signed in");
  });

  it("slows down guessing the current password", async () => {
    const user = await newUser("old-secret-1");
    for (let i = 0; i < 5; i += 1) await changePassword(user.id, { currentPassword: `guess-${i}-x`, newPassword: "new-secret-2" });
    expect(await changePassword(user.id, { currentPassword: "old-secret-1", newPassword: "new-secret-2" })).toEqual(fieldError("currentPassword", "Too many attempts, try again in 15 minutes"));
  });
});

describe("deleting the account", () => {
  it("asks for the account's email as confirmation", async () => {
    const user = await newUser();
    expect(await deleteAccount(user.id, { confirmEmail: "" })).toEqual(fieldError("confirmEmail", "Type your email to confirm"));
    expect(await deleteAccount(user.id, { confirmEmail: "someone-else@example.com" })).toEqual(fieldError("confirmEmail", "Type your email address exactly as shown to confirm"));
    expect(await getAccountProfile(user.id)).not.toBeNull();
  });

  it("removes personal data, sessions and the cart, keeps orders without the link, and the user cannot sign in", async () => {
    const db = getDb();
    const user = await newUser("bye-bye-pass-1");
    const product = await createProduct({ stock: 5 });
    const cartId = await cartIdForUser(user.id);
    await addItem(cartId, product.id, 2);
    await db.insert(sessions).values({ sessionToken: `tok-${user.id}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) });
    await db.insert(accounts).values({ userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${user.id}` });
    await db.insert(chatThreads).values({ id: `thread-${user.id}`, userId: user.id, title: "Dinner ideas" });
    await db.insert(chatMessages).values({ id: `msg-${user.id}`, threadId: `thread-${user.id}`, role: "user", parts: [{ type: "text", text: "hi" }] });
    await db.insert(fingerprintUsage).values({ subject: `user:${user.id}`, uses: 2 });
    await db.insert(orders).values({
      id: `ord-${user.id}`,
      userId: user.id,
      email: user.email,
      subtotalCents: 900,
      shippingCents: 0,
      totalCents: 900,
      shippingName: "User",
      shippingAddress: "1 Road",
      shippingCity: "Town",
      shippingPostalCode: "12345",
      shippingCountry: "US",
      expiresAt: new Date(),
    });
    await authorizeCredentials({ email: user.email, password: "wrong-pass-1" }).catch(() => undefined);

    expect(await deleteAccount(user.id, { confirmEmail: user.email.toUpperCase() })).toEqual({ ok: true });

    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect(await db.select().from(accounts).where(eq(accounts.userId, user.id))).toEqual([]);
    expect(await db.select().from(carts).where(eq(carts.id, cartId))).toEqual([]);
    expect(await db.select().from(cartItems).where(eq(cartItems.cartId, cartId))).toEqual([]);
    expect(await db.select().from(chatThreads).where(eq(chatThreads.userId, user.id))).toEqual([]);
    expect(await db.select().from(chatMessages).where(eq(chatMessages.threadId, `thread-${user.id}`))).toEqual([]);
    expect(await db.select().from(fingerprintUsage).where(eq(fingerprintUsage.subject, `user:${user.id}`))).toEqual([]);
    const leftCounters = (await db.select({ key: rateLimits.key }).from(rateLimits)).filter((row) => row.key.includes(user.email));
    expect(leftCounters).toEqual([]);

    const [order] = await db.select().from(orders).where(eq(orders.id, `ord-${user.id}`));
    expect(order).toMatchObject({ userId: null, totalCents: 900 });

    expect(await signIn(user.email, "bye-bye-pass-1")).toBe("refused");
  });

  it("leaves other users' sign-in counters alone, even when the email has SQL wildcards", async () => {
    const result = await registerUser({ email: "li_n@example.com", password: "first-pass-1" });
    if (!result.ok) throw new Error("registration failed in test setup");
    await authorizeCredentials({ email: "lixn@example.com", password: "wrong-pass-1" }).catch(() => undefined);
    await deleteAccount(result.user.id, { confirmEmail: "li_n@example.com" });
    const kept = (await getDb().select({ key: rateLimits.key }).from(rateLimits)).filter((row) => row.key.includes("lixn@example.com"));
    expect(kept.length).toBeGreaterThan(0);
  });

  it("will not delete while a plan is still billing, and does once it is set to cancel", async () => {
    const db = getDb();
    const user = await newUser();
    await db.insert(subscriptions).values({
      id: `sub_${counter}`,
      userId: user.id,
      customerId: "cus_test",
      plan: "monthly",
      priceId: "price_monthly",
      status: "active",
    });
    expect(await deleteAccount(user.id, { confirmEmail: user.email })).toEqual({
      ok: false,
      message: "Your plan is still active. Cancel it under “Your plan” first, then delete your account.",
    });
    expect(await getAccountProfile(user.id)).not.toBeNull();

    await db.update(subscriptions).set({ cancelAtPeriodEnd: true }).where(eq(subscriptions.userId, user.id));
    expect(await deleteAccount(user.id, { confirmEmail: user.email })).toEqual({ ok: true });
    expect(await db.select().from(subscriptions).where(eq(subscriptions.userId, user.id))).toEqual([]);
  });

  it("removes the Stripe customer too (sandbox, through the Stripe SDK)", async () => {
    const { getStripe } = await import("@/lib/payments/stripe");
    const user = await newUser();
    const customer = await getStripe().customers.create({ email: user.email, name: "User", metadata: { userId: user.id } });
    await getDb().update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, user.id));

    expect(await deleteAccount(user.id, { confirmEmail: user.email })).toEqual({ ok: true });
    // Real Stripe answers a deleted customer with `deleted: true`; the sandbox answers 404.
    const after = await getStripe()
      .customers.retrieve(customer.id)
      .then((found) => (found.deleted ? "deleted" : "still there"))
      .catch((error: { statusCode?: number }) => (error.statusCode === 404 ? "deleted" : error));
    expect(after).toBe("deleted");
  });
});
