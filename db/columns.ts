import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";

/**
 * Column helpers the shop's schema (db/schema.ts) and the Stripe sandbox's tables
 * (lib/stripe-sandbox/tables.ts) share. It imports nothing but drizzle, so the sandbox stays a
 * component of its own (tests/unit/stripe-sandbox-boundary.test.ts allows exactly this file).
 */

/** The database's clock in milliseconds, the default of every `created_at`. */
export const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

/** A moment, stored as milliseconds; nullable unless `.notNull()` is added. */
export const timestamp = () => integer({ mode: "timestamp_ms" });
export const createdAt = () => timestamp().notNull().default(now);
export const updatedAt = () =>
  timestamp()
    .notNull()
    .default(now)
    .$onUpdate(() => new Date());
/** `created_at` and `updated_at`, for a row that changes after it is written. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** One of `values`, `initial` until it changes (a status, a role). */
export const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values, initial: Values[number]) =>
  text({ enum: values }).notNull().default(initial);

/** A row an outbox sends until it is delivered (an email, a webhook delivery): its attempts so far and the last one's error. */
export const retried = () => ({ attempts: counter(), lastError: text() });

export const autoIncrementId = () => integer().primaryKey({ autoIncrement: true });
export const flag = (initial: boolean) => integer({ mode: "boolean" }).notNull().default(initial);
/** An amount of money in the shop's smallest unit (cents). */
export const cents = () => integer().notNull();
/** A count that starts at zero. */
export const counter = () => integer().notNull().default(0);
/** A JSON list of strings, empty by default. */
export const stringList = () => text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`);
