import { createClient, LibsqlError, type Client, type InArgs, type InStatement, type Transaction as LibsqlTransaction } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { env } from "@/lib/config/env";
import { SpanKind, withSpan } from "@/lib/observability/tracing";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A function that may run inside someone else's transaction takes this. */
export type Executor = Database | Transaction;

/** Busy timeout for the embedded file database, so several processes can share it. */
const BUSY_TIMEOUT_MS = 10_000;

function openClient(url: string, authToken?: string): Client {
  if (!url.startsWith("file:")) return createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
  const path = url.slice("file:".length).split("?")[0];
  const inMemory = !path || path === ":memory:" || url.includes("mode=memory");
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const reader = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
  // An in-memory database exists on one connection only, so it cannot have a separate writer.
  const writer = inMemory ? reader : createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS, concurrency: 1 });
  return serialiseWriters(reader, writer);
}

/**
 * The embedded driver waits for SQLite's write lock synchronously, which freezes the event loop:
 * a second writer in this process would stall the transaction holding the lock (it can never
 * reach its COMMIT) until the busy timeout fails them both. So the writers of one process take
 * turns here, on one writer connection, and only other processes wait on the file lock. Reads
 * use the pool beside it (WAL lets them run during a write). One writer connection also means
 * the per-connection pragmas below (`synchronous = NORMAL`: no fsync per commit) hold for every
 * write, which a pool of connections could not promise.
 */
function serialiseWriters(reader: Client, writer: Client): Client {
  const nextTurn = writeTurns(BUSY_TIMEOUT_MS);
  const isRead = (statement: InStatement) => {
    const text = (typeof statement === "string" ? statement : statement.sql).trimStart().toLowerCase();
    if (text.startsWith("select") || text.startsWith("explain")) return true;
    return text.startsWith("with") && !/\b(insert|update|delete|replace)\b/.test(text);
  };
  const inTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    const done = await nextTurn();
    try {
      return await work();
    } finally {
      done();
    }
  };
  const wrapped: Partial<Client> = {
    execute: ((statement: InStatement, args?: InArgs) => {
      if (isRead(statement)) return typeof statement === "string" ? reader.execute(statement, args) : reader.execute(statement);
      return inTurn(() => (typeof statement === "string" ? writer.execute(statement, args) : writer.execute(statement)));
    }) as Client["execute"],
    batch: ((statements, mode) => (mode === "read" ? reader.batch(statements, mode) : inTurn(() => writer.batch(statements, mode)))) as Client["batch"],
    migrate: ((statements) => inTurn(() => writer.migrate(statements))) as Client["migrate"],
    executeMultiple: ((sql) => inTurn(() => writer.executeMultiple(sql))) as Client["executeMultiple"],
    transaction: (async (mode) => {
      if (mode === "read") return reader.transaction(mode);
      const done = await nextTurn();
      let transaction: LibsqlTransaction;
      try {
        transaction = await writer.transaction(mode);
      } catch (error) {
        done();
        throw error;
      }
      const settle = <A extends unknown[], R>(method: (...args: A) => R) => (...args: A): R => {
        try {
          const result = method.apply(transaction, args);
          return result instanceof Promise ? (result.finally(done) as R) : (done(), result);
        } catch (error) {
          done();
          throw error;
        }
      };
      return new Proxy(transaction, {
        get(target, property) {
          if (property === "commit" || property === "rollback" || property === "close") return settle(Reflect.get(target, property, target));
          const value = Reflect.get(target, property, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    }) as Client["transaction"],
    close: () => {
      reader.close();
      if (writer !== reader) writer.close();
    },
  };
  return new Proxy(reader, {
    get(target, property) {
      if (Object.hasOwn(wrapped, property)) return wrapped[property as keyof Client];
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A FIFO lock whose release is idempotent; waiting longer than the busy timeout fails like SQLite would. */
function writeTurns(timeoutMs: number) {
  let held = false;
  const waiting: Array<() => void> = [];
  const handOver = () => {
    const next = waiting.shift();
    if (next) next();
    else held = false;
  };
  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      handOver();
    };
  };
  return () =>
    new Promise<() => void>((resolve, reject) => {
      if (!held) {
        held = true;
        resolve(releaser());
        return;
      }
      const turn = () => {
        clearTimeout(timer);
        resolve(releaser());
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(turn), 1);
        reject(new LibsqlError("SQLITE_BUSY: database is locked (another write in this process held it too long)", "SQLITE_BUSY"));
      }, timeoutMs);
      waiting.push(turn);
    });
}

/**
 * One span per statement (and per batch), named like "SELECT products": the operation and the
 * table, never the values (drizzle binds them as arguments, and arguments are not recorded).
 */
function traceStatements(client: Client): Client {
  const describe = (statement: InStatement) => {
    const text = (typeof statement === "string" ? statement : statement.sql).trimStart();
    const operation = /^\w+/.exec(text)?.[0].toUpperCase() ?? "SQL";
    const table = /\b(?:from|into|update|table)\s+[`"]?(\w+)/i.exec(text)?.[1];
    return { name: table ? `${operation} ${table}` : operation, attributes: { "db.system.name": "sqlite", "db.operation.name": operation, ...(table ? { "db.collection.name": table } : {}) } };
  };
  const execute = (target: Pick<Client, "execute">) =>
    ((statement: InStatement, args?: InArgs) => {
      const { name, attributes } = describe(statement);
      return withSpan(name, attributes, () => (typeof statement === "string" ? target.execute(statement, args) : target.execute(statement)), SpanKind.CLIENT);
    }) as Client["execute"];
  const batch = (target: Pick<Client, "batch">) =>
    ((statements, mode) =>
      withSpan("BATCH", { "db.system.name": "sqlite", "db.operation.name": "BATCH", "db.operation.batch.size": statements.length }, () => target.batch(statements, mode), SpanKind.CLIENT)) as Client["batch"];
  const control = (operation: string) => ({ "db.system.name": "sqlite", "db.operation.name": operation });
  const traced = (target: object, wrapped: Record<string, unknown>) =>
    new Proxy(target, {
      get(inner, property) {
        if (Object.hasOwn(wrapped, property)) return wrapped[property as string];
        const value = Reflect.get(inner, property, inner);
        return typeof value === "function" ? value.bind(inner) : value;
      },
    });
  return traced(client, {
    execute: execute(client),
    batch: batch(client),
    // BEGIN (its span includes the wait for this process's write turn) and COMMIT are statements too.
    transaction: (async (mode) => {
      const transaction = await withSpan("BEGIN", control("BEGIN"), () => client.transaction(mode), SpanKind.CLIENT);
      const commit = () => withSpan("COMMIT", control("COMMIT"), () => transaction.commit(), SpanKind.CLIENT);
      return traced(transaction, { execute: execute(transaction), batch: batch(transaction), commit }) as LibsqlTransaction;
    }) as Client["transaction"],
  }) as Client;
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
    const client = traceStatements(openClient(DATABASE_URL, DATABASE_AUTH_TOKEN));
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
