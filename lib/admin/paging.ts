import "server-only";
import { count, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteSelect, SQLiteTable } from "drizzle-orm/sqlite-core";
import { db } from "@/db/client";

export type Paged<T> = { rows: T[]; total: number; page: number; pages: number };

export function pageCount(total: number, size: number) {
  return Math.max(1, Math.ceil(total / size));
}

/** `column like pattern` where the typed text is matched literally (`%` and `_` are not wildcards). */
export function likeText(column: SQLiteColumn, text: string, where: "contains" | "starts"): SQL {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`${column} like ${where === "contains" ? `%${escaped}%` : `${escaped}%`} escape '\\'`;
}

/**
 * One page of a console list: counts what `condition` matches in `table`, keeps the asked page
 * between the first and the last, and reads that page of `rows` (a `$dynamic()` select of the
 * columns to show) filtered by the same condition, in `order`.
 */
export async function readPage<Rows extends SQLiteSelect>(
  rows: Rows,
  list: { table: SQLiteTable; condition: SQL | undefined; order: SQL[]; size: number; page: number | undefined },
): Promise<Paged<Awaited<Rows>[number]>> {
  const [{ total }] = await db.select({ total: count() }).from(list.table).where(list.condition);
  const pages = pageCount(total, list.size);
  const page = Math.min(Math.max(1, list.page ?? 1), pages);
  const read: Awaited<Rows> = await rows
    .where(list.condition)
    .orderBy(...list.order)
    .limit(list.size)
    .offset((page - 1) * list.size);
  return { rows: read, total, page, pages };
}

/** How many rows of `table` have each value of its `status` column. */
export async function countByStatus(table: SQLiteTable, status: SQLiteColumn): Promise<Record<string, number>> {
  const counts = await db.select({ status, n: count() }).from(table).groupBy(status);
  return Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
}
