import { and, desc, eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { Executor, StoredObject } from "./context";
import { db } from "./context";
import { resourceMissing } from "./errors";
import { stringParam, type SandboxRoute } from "./router";
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

/** The stored object, or Stripe's 404 (`No such charge: 'ch_…'`, naming `param`). */
export async function requireObjectOfType<T extends StoredObject>(id: string, object: string, executor: Executor = db, param = "id", noun = object): Promise<T> {
  const found = await getObjectOfType<T>(id, object, executor);
  if (!found) throw resourceMissing(noun, id, param);
  return found;
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

/** `GET <path>/:id` answering the stored object as it is. */
export function retrieveRoute(path: string, retrieve: (id: string) => Promise<StoredObject>): SandboxRoute {
  return { method: "GET", path, handler: async ({ pathParams }) => retrieve(pathParams.id) };
}

/**
 * A plain list endpoint (`GET /v1/charges`): objects of one type, newest first, at most `limit`
 * (10 by default, 100 at most), narrowed by each parameter in `filters` given a value, which the
 * object's field of the same name must equal (`?customer=cus_…`).
 */
export function listRoute<T extends StoredObject>(path: string, object: string, filters: readonly (keyof T & string)[]): SandboxRoute {
  return {
    method: "GET",
    path,
    handler: async ({ params }) => {
      const wanted = filters.flatMap((field) => {
        const value = stringParam(params, field);
        return value ? [[field, value] as const] : [];
      });
      const limit = Math.min(100, Number(stringParam(params, "limit") ?? 10) || 10);
      const found = await listObjects<T>(object, (candidate) => wanted.every(([field, value]) => candidate[field] === value), limit);
      return listResponse(path, found);
    },
  };
}
