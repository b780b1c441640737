import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, not, sql } from "drizzle-orm";
import Stripe from "stripe";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { webhookEvents } from "@/db/schema";
import { webhookSecret } from "@/lib/config/env";
import { paymentEventHandlers, paymentTransactionalHandlers } from "@/lib/orders/webhook-handlers";
import { planEventHandlers } from "@/lib/plans/webhook-handlers";
import { stripeErrorOf } from "./errors";
import { STRIPE_API_VERSION } from "./stripe";
import type { TransactionalWebhookHandler, TransactionalWebhookHandlers, WebhookHandlers } from "./webhook-types";
import { logger } from "@/lib/observability/logger";
import { annotateSpan, count, withSpan } from "@/lib/observability/tracing";

const handlers: WebhookHandlers = { ...paymentEventHandlers, ...planEventHandlers };
const transactionalHandlers: TransactionalWebhookHandlers = { ...paymentTransactionalHandlers };

/**
 * How long one attempt holds an event. Stripe gives up on a delivery after about 20 s and retries
 * later; an event still `received` after this is taken to have crashed mid-way and may be claimed
 * again by the next delivery, so it is never lost behind a "duplicate" answer.
 */
export const WEBHOOK_LEASE_MS = 60_000;

export type WebhookOutcome = { status: number; body: { received: boolean; duplicate?: boolean; ignored?: string; error?: string } };

/** What became of one delivery, for the span and the `beyond_earth.webhook.events` counter. */
type Outcome = "processed" | "unhandled" | "ignored" | "failed" | "duplicate" | "rejected" | "unusable";

function settled(type: string, outcome: Outcome, result: WebhookOutcome): WebhookOutcome {
  annotateSpan({ "stripe.event.type": type, "beyond_earth.webhook.outcome": outcome });
  count("webhookEvents", { "stripe.event.type": type, outcome });
  return result;
}

/** What the pipeline needs of an event before any handler sees it. */
const usableEvent = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  data: z.object({ object: z.looseObject({ id: z.string().optional() }) }),
});

/**
 * Verifies with the SDK on the raw body (nothing is written for a bad or missing signature), then
 * reads the JSON; a correctly signed body that is not JSON is a permanent problem, not a forgery.
 */
function verify(rawBody: string, signature: string | null): unknown {
  if (!signature) return new SignatureError("Missing Stripe-Signature header");
  try {
    const checker = Stripe.webhooks.signature;
    if (!checker) throw new Error("The Stripe SDK has no signature helper");
    checker.verifyHeader(rawBody, signature, webhookSecret(), Stripe.webhooks.DEFAULT_TOLERANCE);
  } catch {
    return new SignatureError("Invalid Stripe-Signature");
  }
  try {
    return JSON.parse(rawBody);
  } catch {
    return undefined;
  }
}

/**
 * Handlers re-read objects from Stripe in the SDK's pinned version rather than trusting a payload's
 * shape; an endpoint set to another version is still worth an operator's attention.
 */
function warnOnApiVersion(event: Stripe.Event) {
  if (event.api_version && event.api_version !== STRIPE_API_VERSION) {
    logger().warn(
      `Stripe webhook ${event.id} (${event.type}) was rendered in API version ${event.api_version}, but the SDK pins ${STRIPE_API_VERSION}; set the endpoint's API version to ${STRIPE_API_VERSION}.`,
    );
  }
}

class SignatureError {
  constructor(readonly message: string) {}
}

/**
 * A Stripe error that no retry can change (the object does not exist, the request is invalid):
 * the event is recorded as ignored. Anything else (the database busy, Stripe unreachable) is
 * transient and answered 5xx so Stripe retries.
 */
function permanentReason(error: unknown): string | null {
  if (error instanceof z.ZodError) return `Unexpected payload: ${error.issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.message}`).join("; ")}`;
  const info = stripeErrorOf(error);
  if (!info) return null;
  if (info.type === "StripeInvalidRequestError" || info.statusCode === 404) return `Stripe: ${info.message}`;
  return null;
}

async function recordUnusable(rawBody: string, reason: string): Promise<WebhookOutcome> {
  const id = `invalid_${createHash("sha256").update(rawBody).digest("hex").slice(0, 32)}`;
  await db
    .insert(webhookEvents)
    .values({ id, type: "(not an event)", status: "ignored", error: reason, payload: rawBody.slice(0, 100_000), processedAt: new Date() })
    .onConflictDoUpdate({ target: webhookEvents.id, set: { attempts: sql`${webhookEvents.attempts} + 1` } });
  logger().warn(`Stripe webhook ignored: ${reason}`);
  return settled("(not an event)", "unusable", { status: 200, body: { received: true, ignored: reason } });
}

/**
 * The webhook pipeline: verify, record the event id first (a duplicate is answered 200 and does
 * nothing), dispatch to the handler for its type, then mark it processed, ignored or failed.
 * A failed event answers 500 so Stripe retries it, and the retry runs the handler again; so does
 * a retry of an event whose attempt crashed (its lease ran out while still `received`).
 *
 * What each delivery costs the database: an event with no handler is recorded as ignored in one
 * statement; one a transactional handler settles (a `payment_intent.succeeded`) is recorded as
 * processed in the transaction that writes its effects; a duplicate costs two statements. Only
 * handlers that read from Stripe record the event first and mark it afterwards, so no transaction
 * holds the database while waiting on the network.
 */
export function ingestStripeWebhook(rawBody: string, signature: string | null, now = Date.now()): Promise<WebhookOutcome> {
  return withSpan("stripe webhook", {}, () => ingest(rawBody, signature, now));
}

/** The row a delivery records: the event, and the state this attempt leaves it in if it runs it. */
type EventRecord = { id: string; type: string; objectId: string | null; payload: string };
type AttemptState = { status: "received" | "processed" | "ignored"; leaseUntil: Date | null; processedAt: Date | null };

const duplicate = (type: string) => settled(type, "duplicate", { status: 200, body: { received: true, duplicate: true } });

/**
 * Records the event in `state` and answers true when this delivery is to run it: a new event, a
 * failed one, or one whose attempt crashed (still `received` after its lease). Any other is a
 * duplicate: its attempt is counted and false answered. Each UPDATE is conditional, so two
 * concurrent retries cannot both take an event.
 */
async function claim(executor: Executor, record: EventRecord, state: AttemptState, now: number): Promise<boolean> {
  // Row counts, not RETURNING: a statement that reads nothing back is the cheapest one SQLite runs.
  const recorded = await executor
    .insert(webhookEvents)
    .values({ ...record, ...state })
    .onConflictDoNothing();
  if (recorded.rowsAffected === 1) return true;
  const takeable = sql`(${webhookEvents.status} = 'failed' or (${webhookEvents.status} = 'received' and coalesce(${webhookEvents.leaseUntil}, ${webhookEvents.receivedAt} + ${WEBHOOK_LEASE_MS}) <= ${now}))`;
  const attempts = sql`${webhookEvents.attempts} + 1`;
  // Two rounds: between the two UPDATEs another delivery may have taken the event (or failed it).
  for (let round = 0; round < 2; round++) {
    const counted = await executor
      .update(webhookEvents)
      .set({ attempts })
      .where(and(eq(webhookEvents.id, record.id), not(takeable)));
    if (counted.rowsAffected === 1) return false;
    const taken = await executor
      .update(webhookEvents)
      .set({ ...state, attempts, error: null })
      .where(and(eq(webhookEvents.id, record.id), takeable));
    if (taken.rowsAffected === 1) return true;
  }
  return false;
}

async function ingest(rawBody: string, signature: string | null, now: number): Promise<WebhookOutcome> {
  const verified = verify(rawBody, signature);
  if (verified instanceof SignatureError) return settled("(unverified)", "rejected", { status: 400, body: { received: false, error: verified.message } });
  const parsed = usableEvent.safeParse(verified);
  if (!parsed.success) return recordUnusable(rawBody, "Signed body is not a usable event (needs id, type and data.object)");
  const event = verified as Stripe.Event;
  annotateSpan({ "stripe.event.type": event.type, "stripe.event.id": event.id });
  warnOnApiVersion(event);
  const record: EventRecord = { id: event.id, type: event.type, objectId: parsed.data.data.object.id ?? null, payload: rawBody };

  const inTransaction = transactionalHandlers[event.type];
  if (inTransaction?.settles(event)) return settleInTransaction(event, inTransaction, record, now);
  if (!handlers[event.type]) {
    const recorded = await claim(db, record, { status: "ignored", leaseUntil: null, processedAt: new Date(now) }, now);
    return recorded ? settled(event.type, "unhandled", { status: 200, body: { received: true } }) : duplicate(event.type);
  }
  const claimed = await claim(db, record, { status: "received", leaseUntil: new Date(now + WEBHOOK_LEASE_MS), processedAt: null }, now);
  return claimed ? processEvent(event) : duplicate(event.type);
}

/** The event recorded as processed in the transaction that writes its effects; a failure rolls both back and is recorded after. */
async function settleInTransaction(event: Stripe.Event, handler: TransactionalWebhookHandler, record: EventRecord, now: number): Promise<WebhookOutcome> {
  let settledEvent: { afterCommit: (() => Promise<void>) | void } | null;
  try {
    settledEvent = await db.transaction(async (tx) => {
      if (!(await claim(tx, record, { status: "processed", leaseUntil: null, processedAt: new Date(now) }, now))) return null;
      return { afterCommit: await handler.run(tx, event) };
    });
  } catch (error) {
    const failure = failureOf(event, error);
    // Unless another delivery has settled the event meanwhile.
    await db
      .insert(webhookEvents)
      .values({ ...record, ...failure.fields })
      .onConflictDoUpdate({ target: webhookEvents.id, set: { ...failure.fields, attempts: sql`${webhookEvents.attempts} + 1` }, setWhere: inArray(webhookEvents.status, ["received", "failed"]) });
    return failure.outcome;
  }
  if (!settledEvent) return duplicate(event.type);
  try {
    await settledEvent.afterCommit?.();
  } catch (error) {
    // The event and its effects are committed; a retry would be a duplicate, so it is not asked for.
    logger().error(`Stripe webhook ${event.id} (${event.type}): work after the commit failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return settled(event.type, "processed", { status: 200, body: { received: true } });
}

/**
 * How a handler's error leaves the event: a permanent one (see `permanentReason`) as ignored and
 * answered 200, any other as failed and answered 500 so Stripe retries.
 */
function failureOf(event: Stripe.Event, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const permanent = permanentReason(error);
  if (permanent) {
    logger().warn(`Stripe webhook ${event.id} (${event.type}) ignored: ${permanent}`);
    return {
      fields: { status: "ignored" as const, processedAt: new Date(), error: permanent.slice(0, 1000), leaseUntil: null },
      outcome: settled(event.type, "ignored", { status: 200, body: { received: true, ignored: permanent } }),
    };
  }
  logger().error(`Stripe webhook ${event.id} (${event.type}) failed: ${message}`);
  return {
    fields: { status: "failed" as const, error: message.slice(0, 1000), leaseUntil: null },
    outcome: settled(event.type, "failed", { status: 500, body: { received: false, error: "The event could not be processed; it will be retried." } }),
  };
}

/** Runs a transactional handler in a transaction of its own (an operator's replay of its event). */
async function runInTransaction(handler: TransactionalWebhookHandler, event: Stripe.Event) {
  const afterCommit = await db.transaction((tx) => handler.run(tx, event));
  await afterCommit?.();
}

async function processEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  const inTransaction = transactionalHandlers[event.type];
  const handler = inTransaction?.settles(event) ? (settling: Stripe.Event) => runInTransaction(inTransaction, settling) : handlers[event.type];
  if (!handler) {
    await db.update(webhookEvents).set({ status: "ignored", processedAt: new Date(), leaseUntil: null }).where(eq(webhookEvents.id, event.id));
    return settled(event.type, "unhandled", { status: 200, body: { received: true } });
  }
  try {
    await handler(event);
    await db.update(webhookEvents).set({ status: "processed", processedAt: new Date(), error: null, leaseUntil: null }).where(eq(webhookEvents.id, event.id));
    return settled(event.type, "processed", { status: 200, body: { received: true } });
  } catch (error) {
    const failure = failureOf(event, error);
    await db.update(webhookEvents).set(failure.fields).where(eq(webhookEvents.id, event.id));
    return failure.outcome;
  }
}

/**
 * Runs a recorded event through its handler again (the operator console's replay). Handlers are
 * idempotent, so replaying a processed event changes nothing.
 */
export async function replayWebhookEvent(id: string): Promise<{ ok: true; status: string } | { ok: false; message: string }> {
  const [row] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, id));
  if (!row) return { ok: false, message: "No such event." };
  let payload: unknown;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    payload = undefined;
  }
  if (!usableEvent.safeParse(payload).success) return { ok: false, message: "This payload is not a usable event, so there is nothing to replay." };
  await db.update(webhookEvents).set({ attempts: sql`${webhookEvents.attempts} + 1` }).where(eq(webhookEvents.id, id));
  const event = payload as Stripe.Event;
  const outcome = await withSpan("stripe webhook replay", { "stripe.event.type": event.type, "stripe.event.id": event.id }, () => processEvent(event));
  const [after] = await db.select({ status: webhookEvents.status }).from(webhookEvents).where(eq(webhookEvents.id, id));
  return outcome.status === 200 ? { ok: true, status: after.status } : { ok: false, message: outcome.body.error ?? "Replay failed." };
}
