import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { context, db, type Deliverer, type Executor } from "./context";
import { sandboxDeliveries } from "./tables";
import { sandboxNow, toUnix } from "./clock";
import { getObject, newId, putObject, type StoredObject } from "./store";
import { completeObject } from "./responses";

/**
 * Events the sandbox emits, delivered to the webhook endpoint the way Stripe delivers them:
 * asynchronously, signed with `Stripe-Signature: t=…,v1=HMAC-SHA256(secret, "t.payload")`
 * (signed afresh on each attempt, with the real time, which the endpoint checks against its own),
 * and retried with backoff a bounded number of times, timed by the sandbox clock.
 */
export const MAX_DELIVERY_ATTEMPTS = 8;
const LEASE_MS = 30_000;
const POLL_MS = 1_000;

export type SandboxEvent = StoredObject & {
  object: "event";
  type: string;
  created: number;
  data: { object: StoredObject; previous_attributes?: Record<string, unknown> };
};

export async function emitEvent(
  type: string,
  object: StoredObject,
  previousAttributes?: Record<string, unknown>,
  executor: Executor = db,
): Promise<SandboxEvent> {
  const now = await sandboxNow();
  const event: SandboxEvent = {
    id: newId("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: toUnix(now),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: previousAttributes ? { object: completeObject(object), previous_attributes: previousAttributes } : { object: completeObject(object) },
  };
  await putObject(event, executor);
  await executor.insert(sandboxDeliveries).values({ eventId: event.id, nextAttemptAt: new Date(now) });
  return event;
}

export function signPayload(payload: string, secret = context().webhookSecret(), timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

export type { Deliverer } from "./context";

/** Stripe's delivery: an HTTP POST of the signed payload to the endpoint's URL. */
export function httpDeliverer(webhookUrl: string): Deliverer {
  return async (payload, signature) => {
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  };
}

/**
 * Tests swap the HTTP deliverer for a direct call to the route handler and turn automatic
 * delivery off, then call `drainDeliveries()` to deliver deterministically.
 */
export function configureDelivery(options: { deliver?: Deliverer; automatic?: boolean }) {
  const state = context().delivery;
  if (options.deliver) state.deliver = options.deliver;
  if (options.automatic !== undefined) state.automatic = options.automatic;
  if (!state.automatic && state.timer) {
    clearInterval(state.timer);
    state.timer = undefined;
  }
}

export function backoffMs(attempt: number): number {
  return Math.min(60_000, 1_000 * 2 ** (attempt - 1));
}

/**
 * Claims deliveries due by the sandbox clock (the one billing runs on, so advancing it makes a
 * retry due without waiting), with a lease, so two processes never send the same attempt.
 */
async function claimDue(limit: number) {
  const now = await sandboxNow();
  const due = db
    .select({ id: sandboxDeliveries.id })
    .from(sandboxDeliveries)
    .where(and(eq(sandboxDeliveries.status, "pending"), lte(sandboxDeliveries.nextAttemptAt, new Date(now))))
    .orderBy(sandboxDeliveries.id)
    .limit(limit);
  return db
    .update(sandboxDeliveries)
    .set({ attempts: sql`${sandboxDeliveries.attempts} + 1`, nextAttemptAt: new Date(now + LEASE_MS) })
    .where(and(inArray(sandboxDeliveries.id, due), eq(sandboxDeliveries.status, "pending")))
    .returning({ id: sandboxDeliveries.id, eventId: sandboxDeliveries.eventId, attempts: sandboxDeliveries.attempts });
}

async function attempt(delivery: { id: number; eventId: string; attempts: number }) {
  const event = await getObject<SandboxEvent>(delivery.eventId);
  if (!event) {
    await db.update(sandboxDeliveries).set({ status: "failed", lastError: "event not found" }).where(eq(sandboxDeliveries.id, delivery.id));
    return;
  }
  const payload = JSON.stringify(event, null, 2);
  let error: string;
  try {
    const status = await context().delivery.deliver(payload, signPayload(payload));
    if (status >= 200 && status < 300) {
      await db.update(sandboxDeliveries).set({ status: "delivered", deliveredAt: new Date(await sandboxNow()), lastError: null }).where(eq(sandboxDeliveries.id, delivery.id));
      return;
    }
    error = `endpoint answered ${status}`;
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  const exhausted = delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  const failedAt = await sandboxNow();
  await db
    .update(sandboxDeliveries)
    .set({
      status: exhausted ? "failed" : "pending",
      lastError: error,
      nextAttemptAt: new Date(failedAt + backoffMs(delivery.attempts)),
    })
    .where(eq(sandboxDeliveries.id, delivery.id));
}

/** Delivers everything due now; returns how many attempts were made. */
export async function drainDeliveries(): Promise<number> {
  let made = 0;
  for (;;) {
    const batch = await claimDue(25);
    if (batch.length === 0) return made;
    await Promise.all(batch.map(attempt));
    made += batch.length;
  }
}

/** After a sandbox API call: deliver soon, off the caller's path, and keep retrying in the background. */
export function scheduleDeliveries() {
  const state = context().delivery;
  if (!state.automatic) return;
  if (!state.timer) {
    state.timer = setInterval(() => void runDrain(), POLL_MS);
    state.timer.unref?.();
  }
  setTimeout(() => void runDrain(), 0);
}

/** On shutdown: no more delivery rounds; the one under way finishes its current events. */
export async function stopSandboxDelivery(): Promise<void> {
  const state = context().delivery;
  state.automatic = false;
  clearInterval(state.timer);
  state.timer = undefined;
  await state.draining;
}

function runDrain() {
  const ctx = context();
  const state = ctx.delivery;
  state.draining ??= drainDeliveries()
    .catch((error: unknown) => {
      ctx.logger.error(`Stripe sandbox: webhook delivery failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    })
    .finally(() => {
      state.draining = undefined;
    });
  return state.draining;
}
