import { createClient, type Client } from "@libsql/client";
import Stripe from "stripe";
import { sandboxFetch } from "./api";
import { completeAuthentication, confirmFromBrowser, retrieveFromBrowser, type AuthenticationOutcome, type BrowserAnswer } from "./browser";
import { sandboxNow } from "./clock";
import { databaseOver, db, runIn, type Deliverer, type SandboxContext, type SandboxDatabase, type SandboxLogger } from "./context";
import { configureDelivery, drainDeliveries, httpDeliverer, scheduleDeliveries, signPayload, stopSandboxDelivery } from "./events";
import { advanceSandboxClock, sandboxClockState, type ClockAdvance } from "./resources/billing";
import { authenticatePaymentIntentRecord } from "./resources/payment-intents";
import { onInvoicePaymentIntent } from "./billing/collection";

// The one entry point of the Stripe sandbox. Everything the sandbox needs from its host comes in
// through these options; nothing in lib/stripe-sandbox imports the app (a test enforces it).
export type { AuthenticationOutcome, BrowserAnswer, ClockAdvance, Deliverer, SandboxLogger };
export * as sandboxTables from "./tables";
export { createSandboxTables } from "./tables";

type Value<T> = T | (() => T);
const read = <T>(value: Value<T>): T => (typeof value === "function" ? (value as () => T)() : value);

export type StripeSandboxOptions = {
  /** The libSQL database holding the sandbox's tables: a client, its URL, or a function asked on every use. */
  database: Client | string | (() => Client);
  /** Where events are POSTed, and the endpoint's signing secret (`whsec_…`). */
  webhook: { url: Value<string>; secret: Value<string> };
  /** The host's 3-D Secure page: challenged payments redirect there; return URLs must share its origin. */
  threeDSecureUrl: Value<string>;
  /**
   * Runs once per database before the first request is answered, with a Stripe client over this
   * sandbox: the place to create products and prices the way a real account gets them.
   */
  prepare?: (stripe: Stripe) => Promise<unknown>;
  logger?: SandboxLogger;
  /**
   * The real time (ms) under the sandbox's test clock, which billing and webhook retries run on;
   * Date.now by default. A test can freeze it, so that only advancing the clock makes things due.
   */
  wallClock?: () => number;
  /** Automatic delivery (the default) sends events soon after each call and retries in the background. */
  delivery?: { automatic?: boolean; deliver?: Deliverer };
};

export type StripeSandbox = {
  /** For `new Stripe(key, { httpClient: Stripe.createFetchHttpClient(sandbox.fetch) })`. */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** The sandbox's test clock: "now", and moving it forward (which runs renewals, retries, expiries). */
  clock: {
    now(): Promise<number>;
    advance(ms: number): Promise<ClockAdvance>;
    state(): Promise<{ now: Date; offsetMs: number }>;
  };
  /** What Stripe.js does in the browser with a client secret, for the host's card form and 3-D Secure page. */
  browser: {
    confirm(paymentIntentId: string, input: unknown): Promise<BrowserAnswer>;
    retrieve(paymentIntentId: string, clientSecret: string | null): Promise<BrowserAnswer>;
    completeAuthentication(clientSecret: string, passed: boolean): Promise<AuthenticationOutcome>;
  };
  webhooks: {
    configure(options: { deliver?: Deliverer; automatic?: boolean }): void;
    /** Delivers every event due now; answers how many attempts were made. */
    drain(): Promise<number>;
    /** A `Stripe-Signature` header for `payload`, as the sandbox signs it. */
    sign(payload: string, secret?: string, timestamp?: number): string;
    /** On shutdown: no more delivery rounds; the one under way finishes its current events. */
    stop(): Promise<void>;
  };
  testHelpers: {
    /** Completes (or fails) a PaymentIntent's 3-D Secure challenge, as the bank's page would. */
    authenticatePaymentIntent(paymentIntentId: string, passed: boolean): Promise<void>;
  };
};

export function createStripeSandbox(options: StripeSandboxOptions): StripeSandbox {
  const database = databaseSource(options.database);
  const ctx: SandboxContext = {
    database,
    webhookSecret: () => read(options.webhook.secret),
    threeDSecureUrl: () => read(options.threeDSecureUrl),
    shopOrigin: () => new URL(read(options.threeDSecureUrl)).origin,
    logger: options.logger ?? { error: (message) => console.error(message) },
    wallClock: options.wallClock ?? Date.now,
    delivery: {
      deliver: options.delivery?.deliver ?? ((payload, signature) => httpDeliverer(read(options.webhook.url))(payload, signature)),
      automatic: options.delivery?.automatic ?? true,
    },
    // Explicit wiring: a PaymentIntent paying an invoice tells billing about its changes.
    paymentIntentChanged: onInvoicePaymentIntent,
  };
  const rawFetch = (input: string | URL | Request, init?: RequestInit) => runIn(ctx, () => sandboxFetch(input, init));
  const internal = new Stripe("sk_test_sandbox_internal", {
    httpClient: Stripe.createFetchHttpClient(rawFetch),
    maxNetworkRetries: 0,
    telemetry: false,
  });

  const prepared = new WeakMap<SandboxDatabase, Promise<unknown>>();
  const ready = (): Promise<unknown> => {
    if (!options.prepare) return Promise.resolve();
    const current = database();
    let done = prepared.get(current);
    if (!done) {
      done = options.prepare(internal).catch((error: unknown) => {
        prepared.delete(current);
        throw error;
      });
      prepared.set(current, done);
    }
    return done;
  };
  const inside = <T>(work: () => Promise<T>): Promise<T> =>
    runIn(ctx, async () => {
      await ready();
      return work();
    });

  return {
    fetch: (input, init) => inside(() => sandboxFetch(input, init)),
    clock: {
      now: () => runIn(ctx, sandboxNow),
      advance: (ms) => inside(() => advanceSandboxClock(ms)),
      state: () => runIn(ctx, sandboxClockState),
    },
    browser: {
      confirm: (paymentIntentId, input) => inside(() => confirmFromBrowser(internal, paymentIntentId, input)),
      retrieve: (paymentIntentId, clientSecret) => inside(() => retrieveFromBrowser(internal, paymentIntentId, clientSecret)),
      completeAuthentication: (clientSecret, passed) => inside(() => completeAuthentication(internal, clientSecret, passed)),
    },
    webhooks: {
      configure: (delivery) => runIn(ctx, () => configureDelivery(delivery)),
      drain: () => runIn(ctx, drainDeliveries),
      sign: (payload, secret, timestamp) => runIn(ctx, () => signPayload(payload, secret, timestamp)),
      stop: () => runIn(ctx, stopSandboxDelivery),
    },
    testHelpers: {
      authenticatePaymentIntent: (paymentIntentId, passed) =>
        inside(async () => {
          try {
            const now = await sandboxNow();
            await db.transaction(async (tx) => {
              await authenticatePaymentIntentRecord(paymentIntentId, passed, tx, now);
            });
          } finally {
            scheduleDeliveries();
          }
        }),
    },
  };
}

function databaseSource(source: StripeSandboxOptions["database"]): () => SandboxDatabase {
  if (typeof source === "function") return () => databaseOver(source());
  const client = typeof source === "string" ? createClient({ url: source }) : source;
  return () => databaseOver(client);
}
