import type { Client } from "@libsql/client";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
// The one file of the app the sandbox imports: column helpers that import nothing but drizzle.
import { autoIncrementId, createdAt, oneOf, retried, timestamp, timestamps } from "../../db/columns";

/**
 * The sandbox's own tables. The app's schema re-exports them so its migrations create them in the
 * shop's database; on a database of its own (scripts/stripe-sandbox.ts) the sandbox creates them
 * with createSandboxTables. A test checks that both give the same tables.
 */
export const sandboxObjects = sqliteTable(
  "stripe_sandbox_objects",
  {
    id: text().primaryKey(),
    object: text().notNull(),
    data: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    ...timestamps(),
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
    id: autoIncrementId(),
    eventId: text().notNull(),
    status: oneOf(["pending", "delivered", "failed"], "pending"),
    ...retried(),
    nextAttemptAt: timestamp().notNull(),
    deliveredAt: timestamp(),
  },
  (t) => [uniqueIndex("stripe_sandbox_deliveries_event_idx").on(t.eventId), index("stripe_sandbox_deliveries_due_idx").on(t.status, t.nextAttemptAt)],
);

// The statements the shop's migration writes for the tables above (db/migrations/0000_init.sql),
// each made safe to run again.
const CREATE_STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS \`stripe_sandbox_deliveries\` (
	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	\`event_id\` text NOT NULL,
	\`status\` text DEFAULT 'pending' NOT NULL,
	\`attempts\` integer DEFAULT 0 NOT NULL,
	\`next_attempt_at\` integer NOT NULL,
	\`last_error\` text,
	\`delivered_at\` integer
)`,
  "CREATE UNIQUE INDEX IF NOT EXISTS `stripe_sandbox_deliveries_event_idx` ON `stripe_sandbox_deliveries` (`event_id`)",
  "CREATE INDEX IF NOT EXISTS `stripe_sandbox_deliveries_due_idx` ON `stripe_sandbox_deliveries` (`status`,`next_attempt_at`)",
  `CREATE TABLE IF NOT EXISTS \`stripe_sandbox_idempotency\` (
	\`key\` text PRIMARY KEY NOT NULL,
	\`request_hash\` text NOT NULL,
	\`status_code\` integer NOT NULL,
	\`response_body\` text NOT NULL,
	\`created_at\` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
)`,
  `CREATE TABLE IF NOT EXISTS \`stripe_sandbox_objects\` (
	\`id\` text PRIMARY KEY NOT NULL,
	\`object\` text NOT NULL,
	\`data\` text NOT NULL,
	\`created_at\` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	\`updated_at\` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
)`,
  "CREATE INDEX IF NOT EXISTS `stripe_sandbox_objects_object_idx` ON `stripe_sandbox_objects` (`object`,`created_at`)",
];

/**
 * Creates the sandbox's tables where they do not exist yet (an empty database file, or one from
 * an earlier run, whose objects are kept), and nothing else.
 */
export async function createSandboxTables(client: Client): Promise<void> {
  await client.batch(CREATE_STATEMENTS, "write");
}
