import { AsyncLocalStorage } from "node:async_hooks";
import type { Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as tables from "./tables";

export type SandboxDatabase = LibSQLDatabase<typeof tables> & { $client: Client };
export type SandboxTransaction = Parameters<Parameters<SandboxDatabase["transaction"]>[0]>[0];
/** A function that may run inside someone else's transaction takes this. */
export type Executor = SandboxDatabase | SandboxTransaction;

/** Delivers one signed webhook payload; answers the HTTP status the endpoint gave. */
export type Deliverer = (payload: string, signature: string) => Promise<number>;
export type SandboxLogger = { error(message: string): void };

export type DeliveryState = { deliver: Deliverer; automatic: boolean; timer?: ReturnType<typeof setInterval>; draining?: Promise<number> };

/** Everything one sandbox instance knows about its surroundings (see createStripeSandbox). */
export type SandboxContext = {
  database(): SandboxDatabase;
  webhookSecret(): string;
  threeDSecureUrl(): string;
  /** Return URLs must lead back to this origin (the shop's), so the sandbox is no open redirect. */
  shopOrigin(): string;
  logger: SandboxLogger;
  /** Real time in ms, under the sandbox's test clock (see clock.ts): Date.now unless the host froze it. */
  wallClock(): number;
  delivery: DeliveryState;
  /** Billing's reaction to a PaymentIntent status change. */
  paymentIntentChanged: PaymentIntentListener;
};

const storage = new AsyncLocalStorage<SandboxContext>();

/**
 * The instance whose operation is running. Each operation of a sandbox runs inside its own
 * context (and so do the timers it starts), so the resource modules need no arguments for it and
 * two sandboxes in one process never share a database or a webhook endpoint.
 */
export function context(): SandboxContext {
  const current = storage.getStore();
  if (!current) throw new Error("The Stripe sandbox was used outside an instance: call it through createStripeSandbox().");
  return current;
}

export function runIn<T>(ctx: SandboxContext, work: () => T): T {
  return storage.run(ctx, work);
}

const databases = new WeakMap<Client, SandboxDatabase>();

/** A drizzle view of the sandbox's tables over a libSQL client (one per client). */
export function databaseOver(client: Client): SandboxDatabase {
  let database = databases.get(client);
  if (!database) {
    database = drizzle(client, { schema: tables, casing: "snake_case" }) as SandboxDatabase;
    databases.set(client, database);
  }
  return database;
}

/** The current instance's database, looked up on every use. */
export const db: SandboxDatabase = new Proxy({} as SandboxDatabase, {
  get(_, property) {
    const target = context().database();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** Every object the sandbox stores: Stripe's id and object name, and the rest of its fields. */
export type StoredObject = { id: string; object: string; [key: string]: unknown };

/** Why a PaymentIntent changed, as far as the listener needs to know. */
export type PaymentIntentChangeCause = { collectedByBilling: boolean };

/**
 * How one sandbox resource reacts to another without importing it: billing (invoices) learns
 * when the PaymentIntent paying an invoice succeeds or fails. createStripeSandbox wires the one
 * listener into the instance (no module-level registry); it runs inside the same transaction as
 * the change and may emit events of its own.
 */
export type PaymentIntentListener = (paymentIntent: StoredObject, executor: Executor, now: number, cause: PaymentIntentChangeCause) => Promise<void>;
