import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { env } from "@/lib/config/env";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A function that may run inside someone else's transaction takes this. */
export type Executor = Database | Transaction;

/** Busy timeout for the embedded file database, so several processes can share it. */
const BUSY_TIMEOUT_MS = 10_000;

function openClient(url: string, authToken?: string): Client {
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length).split("?")[0];
    if (path && path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  return createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
}

/** WAL lets readers run beside one writer; it is a property of the file, so setting it once is enough. */
async function tuneEmbedded(client: Client, url: string) {
  if (!url.startsWith("file:")) return;
  await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("PRAGMA synchronous = NORMAL");
  await client.execute("PRAGMA foreign_keys = ON");
}

type Holder = { db?: Database; url?: string; ready?: Promise<void> };
// Next bundles server code into several chunks; one holder on globalThis keeps one pool per process.
const holder = ((globalThis as { __beyondEarthDb?: Holder }).__beyondEarthDb ??= {});

export function getDb(): Database {
  const { DATABASE_URL, DATABASE_AUTH_TOKEN } = env();
  if (!holder.db || holder.url !== DATABASE_URL) {
    const client = openClient(DATABASE_URL, DATABASE_AUTH_TOKEN);
    holder.db = drizzle(client, { schema, casing: "snake_case" }) as Database;
    holder.url = DATABASE_URL;
    holder.ready = tuneEmbedded(client, DATABASE_URL).catch(() => undefined);
  }
  return holder.db;
}

/** Lazily opened: importing this module never touches the disk, so `next build` needs no database. */
export const db: Database = new Proxy({} as Database, {
  get(_, property) {
    const target = getDb();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

export async function dbReady(): Promise<void> {
  getDb();
  await holder.ready;
}

/** Closes the pool (tests and scripts). */
export function closeDb() {
  holder.db?.$client.close();
  holder.db = undefined;
  holder.url = undefined;
}
