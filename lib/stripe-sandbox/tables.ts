import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * The sandbox's own tables. The app's schema re-exports them so its migrations create them; a
 * plain script runs those migrations before serving (scripts/stripe-sandbox.ts).
 */
const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;
const createdAt = () => integer({ mode: "timestamp_ms" }).notNull().default(now);
const updatedAt = () =>
  integer({ mode: "timestamp_ms" })
    .notNull()
    .default(now)
    .$onUpdate(() => new Date());

export const sandboxObjects = sqliteTable(
  "stripe_sandbox_objects",
  {
    id: text().primaryKey(),
    object: text().notNull(),
    data: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("stripe_sandbox_objects_object_idx").on(t.object, t.createdAt)],
);

export const sandboxIdempotency = sqliteTable("stripe_sandbox_idempotency", {
  key: text().primaryKey(),
  requestHash: text().notNull(),
  statusCode: integer().notNull(),
  responseBody: text().notNull(),
  createdAt: createdAt(),
});

export const sandboxDeliveries = sqliteTable(
  "stripe_sandbox_deliveries",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: text().notNull(),
    status: text({ enum: ["pending", "delivered", "failed"] }).notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer({ mode: "timestamp_ms" }).notNull(),
    lastError: text(),
    deliveredAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("stripe_sandbox_deliveries_event_idx").on(t.eventId), index("stripe_sandbox_deliveries_due_idx").on(t.status, t.nextAttemptAt)],
);
