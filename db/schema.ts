import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { autoIncrementId, cents, counter, createdAt, flag, now, oneOf, retried, stringList, timestamp, timestamps } from "./columns";

// Required references whose row goes with the row it belongs to (ON DELETE CASCADE).
const belongsToUser = () => text().notNull().references(() => users.id, { onDelete: "cascade" });
const belongsToProduct = () => integer().notNull().references(() => products.id, { onDelete: "cascade" });
const belongsToRecipe = () => integer().notNull().references(() => recipes.id, { onDelete: "cascade" });
const belongsToOrder = () => text().notNull().references(() => orders.id, { onDelete: "cascade" });

// ---------------------------------------------------------------------------
// Accounts (Auth.js tables keep the adapter's column names)
// ---------------------------------------------------------------------------

export const users = sqliteTable("users", {
  id: text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text(),
  email: text().notNull().unique(),
  emailVerified: timestamp(),
  image: text(),
  passwordHash: text(),
  role: oneOf(["customer", "admin"], "customer"),
  stripeCustomerId: text().unique(),
  /** The language the shopper last used (registering, switching, ordering): plan and account emails are written in it. */
  locale: oneOf(LOCALES, DEFAULT_LOCALE),
  ...timestamps(),
});

/**
 * Browsers (their `be_device` cookie, hashed) that have signed in to an account. Their sign-ins are
 * throttled on their own failures only, so guesses from elsewhere cannot lock the owner out.
 */
export const signInDevices = sqliteTable(
  "sign_in_devices",
  {
    userId: belongsToUser(),
    deviceHash: text().notNull(),
    lastSignInAt: timestamp().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.deviceHash] })],
);

export const accounts = sqliteTable(
  "accounts",
  {
    userId: belongsToUser(),
    type: text().$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable("sessions", {
  sessionToken: text().primaryKey(),
  userId: belongsToUser(),
  expires: timestamp().notNull(),
});

export const verificationTokens = sqliteTable(
  "verification_tokens",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp().notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ---------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------

/**
 * One row: a number that database triggers (migrations 0011, 0012) raise whenever products, their stock,
 * photos or reviews, categories, recipes, recipe ingredients or their translations change, by this process or any other.
 * Whatever caches what the catalogue shows compares it instead of checksumming the rows.
 */
export const catalogVersion = sqliteTable("catalog_version", {
  id: integer().primaryKey(),
  version: integer().notNull(),
});

export const categories = sqliteTable("categories", {
  slug: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull().default(""),
  sortOrder: integer().notNull().default(0),
});

/** `stock` is what can still be sold: reservations take from it, releases give back. */
export const products = sqliteTable(
  "products",
  {
    id: autoIncrementId(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull(),
    category: text()
      .notNull()
      .references(() => categories.slug),
    tags: stringList(),
    priceCents: cents(),
    stock: counter(),
    origin: text().notNull().default(""),
    sustainability: text().notNull().default(""),
    image: text().notNull().default(""),
    featured: flag(false),
    visible: flag(true),
    /** Visible reviews only; kept in step with `reviews` by lib/reviews in the same transaction. */
    ratingCount: counter(),
    ratingSum: counter(),
    ...timestamps(),
    /** The operator's uploaded photo: its content hash, naming the resized files (lib/catalog/product-photos.ts); null shows `image`. */
    photo: text(),
  },
  (t) => [
    index("products_category_idx").on(t.category),
    index("products_price_idx").on(t.priceCents),
    index("products_created_idx").on(t.createdAt),
  ],
);

export const recipes = sqliteTable("recipes", {
  id: autoIncrementId(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  summary: text().notNull(),
  meal: text({ enum: ["breakfast", "lunch", "dinner", "snack", "dessert"] }).notNull(),
  servings: integer().notNull(),
  minutes: integer().notNull(),
  tags: stringList(),
  steps: stringList(),
  createdAt: createdAt(),
});

export const recipeIngredients = sqliteTable(
  "recipe_ingredients",
  {
    id: autoIncrementId(),
    recipeId: belongsToRecipe(),
    productId: belongsToProduct(),
    quantity: text().notNull(),
    units: integer().notNull().default(1),
    optional: flag(false),
    substituteProductId: integer().references(() => products.id, { onDelete: "set null" }),
  },
  (t) => [index("recipe_ingredients_recipe_idx").on(t.recipeId), index("recipe_ingredients_product_idx").on(t.productId)],
);

// Translations of catalogue text, one row per (entity, locale); English lives on the entity itself
// and is what a locale without a row shows. Search matches the English text only.

/** What a product's or a category's translation holds: its locale, name and description. */
const localeNameAndDescription = () => ({ locale: text().notNull(), name: text().notNull(), description: text().notNull() });

export const productTranslations = sqliteTable(
  "product_translations",
  {
    productId: belongsToProduct(),
    ...localeNameAndDescription(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.locale] })],
);

export const categoryTranslations = sqliteTable(
  "category_translations",
  {
    categorySlug: text()
      .notNull()
      .references(() => categories.slug, { onDelete: "cascade", onUpdate: "cascade" }),
    ...localeNameAndDescription(),
  },
  (t) => [primaryKey({ columns: [t.categorySlug, t.locale] })],
);

/** `steps` null: the English steps are shown. */
export const recipeTranslations = sqliteTable(
  "recipe_translations",
  {
    recipeId: belongsToRecipe(),
    locale: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    steps: text({ mode: "json" }).$type<string[]>(),
  },
  (t) => [primaryKey({ columns: [t.recipeId, t.locale] })],
);

// ---------------------------------------------------------------------------
// Carts (the cart id lives in an HttpOnly cookie; a signed-in user has one cart)
// ---------------------------------------------------------------------------

export const carts = sqliteTable("carts", {
  id: text().primaryKey(),
  userId: text()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  ...timestamps(),
});

export const cartItems = sqliteTable(
  "cart_items",
  {
    cartId: text()
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    productId: belongsToProduct(),
    quantity: integer().notNull(),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.productId] })],
);

// ---------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------

export const orderStatuses = ["pending", "paid", "failed", "canceled", "refunded", "partially_refunded"] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** `canceled`: canceled with a full refund before it shipped (see cancelAndRefund). */
export const fulfilmentStatuses = ["unfulfilled", "packed", "shipped", "delivered", "canceled"] as const;
export type FulfilmentStatus = (typeof fulfilmentStatuses)[number];

export const orders = sqliteTable(
  "orders",
  {
    id: text().primaryKey(),
    userId: text().references(() => users.id, { onDelete: "set null" }),
    cartId: text(),
    email: text().notNull(),
    status: oneOf(orderStatuses, "pending"),
    currency: text().notNull().default("usd"),
    subtotalCents: cents(),
    shippingCents: cents(),
    totalCents: cents(),
    refundedCents: cents().default(0),
    shippingName: text().notNull(),
    shippingAddress: text().notNull(),
    shippingCity: text().notNull(),
    shippingPostalCode: text().notNull(),
    shippingCountry: text().notNull(),
    paymentIntentId: text().unique(),
    /** The language the order was placed in: its emails are written in it. */
    locale: oneOf(LOCALES, DEFAULT_LOCALE),
    failureMessage: text(),
    expiresAt: timestamp().notNull(),
    paidAt: timestamp(),
    ...timestamps(),
    /** Packing and shipping a paid order; see lib/orders/fulfilment.ts. */
    fulfilment: oneOf(fulfilmentStatuses, "unfulfilled"),
    carrier: text(),
    trackingNumber: text(),
    packedAt: timestamp(),
    shippedAt: timestamp(),
    deliveredAt: timestamp(),
    canceledAt: timestamp(),
  },
  (t) => [
    index("orders_user_idx").on(t.userId),
    index("orders_status_idx").on(t.status),
    index("orders_email_idx").on(t.email),
    index("orders_fulfilment_idx").on(t.fulfilment, t.paidAt),
  ],
);

export const orderItems = sqliteTable(
  "order_items",
  {
    id: autoIncrementId(),
    orderId: belongsToOrder(),
    productId: integer().references(() => products.id, { onDelete: "set null" }),
    name: text().notNull(),
    unitPriceCents: cents(),
    quantity: integer().notNull(),
  },
  (t) => [index("order_items_order_idx").on(t.orderId)],
);

/** The order's timeline, shown to operators: created, payment attempts, paid, refunds. */
export const orderEvents = sqliteTable(
  "order_events",
  {
    id: autoIncrementId(),
    orderId: belongsToOrder(),
    type: text().notNull(),
    message: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId)],
);

export const stockReservations = sqliteTable(
  "stock_reservations",
  {
    id: autoIncrementId(),
    orderId: belongsToOrder(),
    productId: belongsToProduct(),
    quantity: integer().notNull(),
    status: oneOf(["active", "committed", "released"], "active"),
    /** Units a late payment bought that could not be taken from stock again (sold meanwhile). */
    shortfall: counter(),
    expiresAt: timestamp().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("stock_reservations_order_idx").on(t.orderId), index("stock_reservations_status_idx").on(t.status, t.expiresAt)],
);

// ---------------------------------------------------------------------------
// Reviews (verified buyers only; one per product and author)
// ---------------------------------------------------------------------------

export const reviews = sqliteTable(
  "reviews",
  {
    id: autoIncrementId(),
    productId: belongsToProduct(),
    userId: belongsToUser(),
    rating: integer().notNull(),
    title: text().notNull().default(""),
    body: text().notNull().default(""),
    hidden: flag(false),
    hiddenReason: text(),
    hiddenAt: timestamp(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("reviews_product_user_idx").on(t.productId, t.userId), index("reviews_product_visible_idx").on(t.productId, t.hidden, t.createdAt)],
);

// ---------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------

export const planIds = ["monthly", "quarterly", "annual"] as const;
export type PlanId = (typeof planIds)[number];

export const subscriptions = sqliteTable(
  "subscriptions",
  {
    id: text().primaryKey(), // Stripe's sub_… id
    userId: belongsToUser(),
    customerId: text().notNull(),
    plan: text({ enum: planIds }).notNull(),
    priceId: text().notNull(),
    status: text().notNull(), // Stripe's status: incomplete, active, trialing, past_due, canceled, …
    currentPeriodStart: timestamp(),
    currentPeriodEnd: timestamp(),
    cancelAtPeriodEnd: flag(false),
    canceledAt: timestamp(),
    pastDueSince: timestamp(),
    scheduledPlan: text({ enum: planIds }),
    ...timestamps(),
  },
  (t) => [index("subscriptions_user_idx").on(t.userId), index("subscriptions_status_idx").on(t.status)],
);

// ---------------------------------------------------------------------------
// Assistant
// ---------------------------------------------------------------------------

/** Free-use counters. `subject` is `fp:<fingerprint>` or `user:<id>`. */
export const fingerprintUsage = sqliteTable("fingerprint_usage", {
  subject: text().primaryKey(),
  uses: counter(),
  firstSeenAt: createdAt(),
  lastSeenAt: timestamp().notNull().default(now),
});

/**
 * The devices each client network has brought to the free assistant uses in the last 24 hours
 * (`FREE_DEVICES_PER_NETWORK` bounds them). `subject` is the device's first quota subject (its
 * cookie), `alias` its browser fingerprint when it sent one.
 */
export const freeUseDevices = sqliteTable(
  "free_use_devices",
  {
    network: text().notNull(),
    subject: text().notNull(),
    alias: text(),
    firstSeenAt: timestamp().notNull(),
  },
  (t) => [primaryKey({ columns: [t.network, t.subject] }), index("free_use_devices_seen_idx").on(t.network, t.firstSeenAt)],
);

export const chatThreads = sqliteTable(
  "chat_threads",
  {
    id: text().primaryKey(),
    userId: text().references(() => users.id, { onDelete: "cascade" }),
    fingerprint: text(),
    title: text().notNull().default("New conversation"),
    ...timestamps(),
  },
  (t) => [index("chat_threads_user_idx").on(t.userId, t.updatedAt), index("chat_threads_fp_idx").on(t.fingerprint, t.updatedAt)],
);

export const chatMessages = sqliteTable(
  "chat_messages",
  {
    id: text().primaryKey(),
    threadId: text()
      .notNull()
      .references(() => chatThreads.id, { onDelete: "cascade" }),
    role: text({ enum: ["user", "assistant", "system"] }).notNull(),
    parts: text({ mode: "json" }).$type<unknown[]>().notNull(),
    model: text(),
    /**
     * A question still being answered is "pending"; an answer cut short is "stopped" or "interrupted";
     * a question and answer being regenerated or edited are "replaced" until the new answer is saved.
     */
    status: text({ enum: ["pending", "stopped", "interrupted", "replaced"] }),
    /** The free-use subjects a pending question was charged to, so a crash can give the use back. */
    refundSubjects: text({ mode: "json" }).$type<string[]>(),
    createdAt: createdAt(),
  },
  (t) => [index("chat_messages_thread_idx").on(t.threadId, t.createdAt), index("chat_messages_status_idx").on(t.status)],
);

/** Answers to first questions, keyed by the question and the stock they were grounded in. */
export const assistantCache = sqliteTable("assistant_cache", {
  key: text().primaryKey(),
  model: text().notNull(),
  parts: text({ mode: "json" }).$type<unknown[]>().notNull(),
  hits: counter(),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------------------
// Infrastructure
// ---------------------------------------------------------------------------

export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    id: text().primaryKey(), // Stripe's evt_… id
    type: text().notNull(),
    status: oneOf(["received", "processed", "ignored", "failed"], "received"),
    attempts: integer().notNull().default(1),
    objectId: text(),
    error: text(),
    payload: text().notNull(),
    receivedAt: createdAt(),
    /** While an attempt runs it holds the event until this time; a retry after it may take over. */
    leaseUntil: timestamp(),
    processedAt: timestamp(),
  },
  (t) => [index("webhook_events_received_idx").on(t.receivedAt), index("webhook_events_type_idx").on(t.type)],
);

/** Fixed-window counters shared by every process: sign-in slowdown, assistant fair use. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text().primaryKey(),
  count: counter(),
  windowStart: timestamp().notNull(),
  blockedUntil: timestamp(),
});

// ---------------------------------------------------------------------------
// Built-in Stripe sandbox (used only when no STRIPE_SECRET_KEY is set)
// ---------------------------------------------------------------------------

// The tables live with the component (lib/stripe-sandbox/tables.ts); re-exported so the
// migrations create them.
export { sandboxDeliveries, sandboxIdempotency, sandboxObjects } from "../lib/stripe-sandbox/tables";

/** Small key/value settings the app keeps for itself (today only the Stripe sandbox clock's offset). */
export const appState = sqliteTable("app_state", {
  key: text().primaryKey(),
  value: text().notNull(),
});

// ---------------------------------------------------------------------------
// Email outbox: written in the same transaction as its cause, delivered by lib/email/sender.ts
// ---------------------------------------------------------------------------

/** outbox: waiting (or retrying) to be sent; sent; failed: gave up after the last retry. */
export const emailStatuses = ["outbox", "sent", "failed"] as const;

export const emails = sqliteTable(
  "emails",
  {
    id: autoIncrementId(),
    /** Makes an email once per cause (e.g. `receipt:<orderId>`): a replay inserts nothing. */
    dedupeKey: text().unique(),
    to: text().notNull(),
    subject: text().notNull(),
    /**
     * What the email says, as data: its template (lib/email/messages.tsx) and that template's input
     * as JSON. The body is rendered from them when the email is sent, printed or shown, not in the
     * transaction that wrote it (a paid order's webhook); `text` and `html` then keep what was sent.
     */
    template: text(),
    data: text(),
    text: text(),
    html: text(),
    status: oneOf(emailStatuses, "outbox"),
    ...retried(),
    nextAttemptAt: timestamp().notNull().default(now),
    leaseUntil: timestamp(),
    leaseToken: text(),
    /** Without SMTP_URL, development prints each email once. */
    printedAt: timestamp(),
    sentAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("emails_due_idx").on(t.status, t.nextAttemptAt)],
);

export type Email = typeof emails.$inferSelect;

/** Password reset links: only the SHA-256 of the token is stored; each is used once, within 30 minutes. */
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: autoIncrementId(),
    userId: belongsToUser(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp().notNull(),
    usedAt: timestamp(),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------
// Product photos: an operator's upload, resized to WebP, stored here so every host serves it
// ---------------------------------------------------------------------------

/** One width of a product's photo; `products.photo` names the hash in use, older hashes are deleted. */
export const productPhotos = sqliteTable(
  "product_photos",
  {
    productId: belongsToProduct(),
    /** Content hash of the upload: the served URL carries it, so a URL's bytes never change. */
    hash: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    webp: blob({ mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.hash, t.width] })],
);

export type User = typeof users.$inferSelect;
export type Product = typeof products.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Recipe = typeof recipes.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderItem = typeof orderItems.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
export type WebhookEvent = typeof webhookEvents.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type ChatThread = typeof chatThreads.$inferSelect;
