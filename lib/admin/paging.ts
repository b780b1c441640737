import "server-only";
import { count, desc, getTableColumns, sql, type SQL } from "drizzle-orm";
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

/** A log's page of rows as stored, newest first (`newest`, then `id` to break ties). */
export function readNewestPage<Table extends SQLiteTable>(
  table: Table,
  log: { condition: SQL | undefined; newest: SQLiteColumn; id: SQLiteColumn; size: number; page: number | undefined },
): Promise<Paged<Table["$inferSelect"]>> {
  const rows = db.select().from(table as SQLiteTable).$dynamic();
  const order = [desc(log.newest), desc(log.id)];
  return readPage(rows, { table, condition: log.condition, order, size: log.size, page: log.page }) as Promise<Paged<Table["$inferSelect"]>>;
}

/** The named columns of `table`, to select exactly what a list shows. */
function pickColumns<Table extends SQLiteTable, Key extends keyof Table["_"]["columns"] & string>(table: Table, keys: readonly Key[]): Pick<Table["_"]["columns"], Key> {
  const columns = getTableColumns(table);
  return Object.fromEntries(keys.map((key) => [key, columns[key]])) as Pick<Table["_"]["columns"], Key>;
}

/**
 * The `keys` columns of `table` beside `fields` from the row of `joined` that `on` matches, as a
 * `$dynamic()` select for readPage (a product with its category's name, a subscription with its email).
 */
export function selectWithJoined<Table extends SQLiteTable, Key extends keyof Table["_"]["columns"] & string, Fields extends Record<string, SQLiteColumn>>(
  table: Table,
  keys: readonly Key[],
  joined: { table: SQLiteTable; on: SQL; fields: Fields },
) {
  return db
    .select({ ...pickColumns(table, keys), ...joined.fields })
    .from(table as SQLiteTable)
    .innerJoin(joined.table, joined.on)
    .$dynamic();
}

/** How many rows of `table` have each value of its `status` column. */
export async function countByStatus(table: SQLiteTable, status: SQLiteColumn): Promise<Record<string, number>> {
  const counts = await db.select({ status, n: count() }).from(table).groupBy(status);
  return Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
}
