import type Stripe from "stripe";

/** Handles one verified event. Must be idempotent: duplicates, retries and replays call it again. */
export type WebhookHandler = (event: Stripe.Event) => Promise<void>;
export type WebhookHandlers = Partial<Record<Stripe.Event.Type, WebhookHandler>>;
