import { and, desc, eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { Executor, StoredObject } from "./context";
import { db } from "./context";
import { sandboxObjects } from "./tables";

/** Stripe-style ids: a prefix and 24 random characters (`pi_3Qx…`). */
export function newId(prefix: string): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const bytes = randomBytes(24);
  let id = "";
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return `${prefix}_${id}`;
}

export function newSecret(id: string): string {
  return `${id}_secret_${randomBytes(12).toString("hex")}`;
}

export type { StoredObject } from "./context";

export async function getObject<T extends StoredObject>(id: string, executor: Executor = db): Promise<T | undefined> {
  const [row] = await executor.select({ data: sandboxObjects.data }).from(sandboxObjects).where(eq(sandboxObjects.id, id));
  return row?.data as T | undefined;
}

export async function getObjectOfType<T extends StoredObject>(id: string, object: string, executor: Executor = db): Promise<T | undefined> {
  const found = await getObject<T>(id, executor);
  return found?.object === object ? found : undefined;
}

export async function putObject<T extends StoredObject>(value: T, executor: Executor = db): Promise<T> {
  await executor
    .insert(sandboxObjects)
    .values({ id: value.id, object: value.object, data: value })
    .onConflictDoUpdate({ target: sandboxObjects.id, set: { data: value, updatedAt: new Date() } });
  return value;
}

/** Newest first, like Stripe's list endpoints; `filter` runs on the decoded objects. */
export async function listObjects<T extends StoredObject>(
  object: string,
  filter: (value: T) => boolean = () => true,
  limit = 10,
  executor: Executor = db,
): Promise<T[]> {
  const rows = await executor
    .select({ data: sandboxObjects.data })
    .from(sandboxObjects)
    .where(and(eq(sandboxObjects.object, object)))
    .orderBy(desc(sandboxObjects.createdAt), desc(sandboxObjects.id));
  return rows
    .map((row) => row.data as T)
    .filter(filter)
    .slice(0, limit);
}

export function listResponse<T>(url: string, data: T[], hasMore = false) {
  return { object: "list", url, has_more: hasMore, data };
}
