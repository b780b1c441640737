import type Stripe from "stripe";
import type { Transaction } from "@/db/client";

/** Handles one verified event. Must be idempotent: duplicates, retries and replays call it again. */
export type WebhookHandler = (event: Stripe.Event) => Promise<void>;
export type WebhookHandlers = Partial<Record<Stripe.Event.Type, WebhookHandler>>;

/**
 * A handler for the events it `settles` with database writes alone (no call to Stripe): its
 * writes run in the one transaction that also records the event as processed, so the event and
 * its effects are committed together or not at all. `run` may answer work for after the commit
 * (clearing cached pages, counters). Events it does not settle go to the type's `WebhookHandler`.
 */
export type TransactionalWebhookHandler = {
  settles(event: Stripe.Event): boolean;
  run(tx: Transaction, event: Stripe.Event): Promise<(() => Promise<void>) | void>;
};
export type TransactionalWebhookHandlers = Partial<Record<Stripe.Event.Type, TransactionalWebhookHandler>>;
