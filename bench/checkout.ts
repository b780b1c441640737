import { join } from "node:path";
import { benchEnv, countedRun, percentiles, runServerChild, sectionEntry, seededRandom, seedDatabase, signedDeliveries, tempDir, type BenchRow, type BenchTable, type Section, type SectionOutput } from "./support";

/**
 * Checkout and webhook ingest, through the Stripe sandbox and the real webhook route.
 *
 * 1. Checkout: guest carts go through `startCheckout` one after another (order, stock
 *    reservation and PaymentIntent creation through the SDK and the sandbox) → p50/p95.
 * 2. Each PaymentIntent is paid with 4242; the sandbox's own `payment_intent.succeeded` events
 *    (1,800) plus 10% duplicates (200) = 2,000 signed deliveries go to `/api/webhooks/stripe`
 *    from 50 concurrent senders → events/s and latency percentiles.
 * 3. Exactly once: every order is paid, has exactly one 'paid' timeline entry, every event is
 *    recorded once, and every duplicate was answered as a duplicate.
 *
 * With a server (`benchCheckout({ baseUrl, databaseUrl })`, as `npm run bench` runs it) the
 * ingest runs twice on separate orders: over HTTP against `next start`, and in-process (the
 * route handler called with real Requests, i.e. the app's own cost without Next's HTTP layer);
 * GET /api/health from the same senders gives the server's ceiling for a trivial route. Without
 * a server it makes its own database and measures in-process only. The work runs in a child
 * process with the `react-server` condition, as Next runs server code.
 */

const ORDERS = 1_800;
const DUPLICATES = 200;
const CONCURRENCY = 50;
const TARGET_EVENTS_PER_SECOND = 500;
const MARKER = "BENCH_CHECKOUT_RESULT ";

type Ingest = {
  mode: "http" | "in-process";
  events: number;
  duplicates: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  exactlyOnce: { paidOrders: number; ordersWithOnePaidEntry: number; recordedEvents: number; answeredAsDuplicate: number; ok: boolean };
};

export type CheckoutBenchResults = {
  checkout: { orders: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  ingests: Ingest[];
  /** GET /api/health at the same concurrency from the same process: what one server does for a trivial route. */
  healthRequestsPerSecond: number | null;
};

export async function benchCheckout(options: { baseUrl?: string; databaseUrl?: string } = {}): Promise<SectionOutput> {
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    if (options.baseUrl) throw new Error("benchCheckout: pass the server's databaseUrl with its baseUrl");
    databaseUrl = `file:${join(tempDir("beyond-earth-bench-checkout-"), "checkout.db")}`;
    seedDatabase(databaseUrl);
  }
  const env = { ...benchEnv(databaseUrl), BENCH_CHECKOUT_CHILD: "1", BENCH_BASE_URL: options.baseUrl ?? "" };
  const results = (await runServerChild("checkout.ts", env, MARKER)) as CheckoutBenchResults;
  return report(results);
}

export const checkoutSection: Section = {
  name: "checkout",
  description: `checkout p50/p95 and webhook ingest of ${(ORDERS + DUPLICATES).toLocaleString("en-US")} signed events at ${CONCURRENCY} concurrent`,
  usesServer: true,
  async run(context) {
    const server = await context.server();
    return benchCheckout({ baseUrl: server.baseUrl, databaseUrl: server.databaseUrl });
  },
};

function report(results: CheckoutBenchResults): SectionOutput {
  const { checkout, ingests, healthRequestsPerSecond } = results;
  const rows: BenchRow[] = [
    { section: "checkout", metric: `order + PaymentIntent creation p50 (${checkout.orders} checkouts)`, value: checkout.p50Ms, unit: "ms" },
    { section: "checkout", metric: `order + PaymentIntent creation p95 (${checkout.orders} checkouts)`, value: checkout.p95Ms, unit: "ms" },
  ];
  for (const ingest of ingests) {
    rows.push(
      {
        section: "checkout",
        metric: `webhook ingest, ${ingest.mode} (${ingest.events} events, ${ingest.duplicates} duplicates, ${CONCURRENCY} concurrent)`,
        value: ingest.eventsPerSecond,
        unit: "events/s",
        target: `≥ ${TARGET_EVENTS_PER_SECOND} events/s`,
        ok: ingest.eventsPerSecond >= TARGET_EVENTS_PER_SECOND,
      },
      { section: "checkout", metric: `webhook ingest p99, ${ingest.mode}`, value: ingest.p99Ms, unit: "ms" },
      {
        section: "checkout",
        metric: `webhook effects exactly once, ${ingest.mode} (${ingest.exactlyOnce.paidOrders}/${checkout.orders} paid once)`,
        value: ingest.exactlyOnce.ok ? 1 : 0,
        unit: ingest.exactlyOnce.ok ? "(yes)" : "(NO)",
        target: "yes",
        ok: ingest.exactlyOnce.ok,
      },
    );
  }
  if (healthRequestsPerSecond !== null) {
    rows.push({ section: "checkout", metric: `GET /api/health from the same senders (server ceiling, ${CONCURRENCY} concurrent)`, value: healthRequestsPerSecond, unit: "req/s" });
  }
  const table: BenchTable = {
    title: "Checkout and webhooks",
    columns: ["measure", ...ingests.map((ingest) => ingest.mode)],
    rows: [
      ["ingest throughput (events/s)", ...ingests.map((ingest) => `${ingest.eventsPerSecond} (${ingest.seconds} s)`)],
      ["ingest latency p50 / p99 / max (ms)", ...ingests.map((ingest) => `${ingest.p50Ms} / ${ingest.p99Ms} / ${ingest.maxMs}`)],
      ["events sent (duplicates)", ...ingests.map((ingest) => `${ingest.events} (${ingest.duplicates})`)],
      ["non-2xx answers", ...ingests.map((ingest) => String(ingest.non2xx))],
      ["orders paid / with one 'paid' entry", ...ingests.map((ingest) => `${ingest.exactlyOnce.paidOrders} / ${ingest.exactlyOnce.ordersWithOnePaidEntry}`)],
      ["events recorded / duplicates recognised", ...ingests.map((ingest) => `${ingest.exactlyOnce.recordedEvents} / ${ingest.exactlyOnce.answeredAsDuplicate}`)],
      ["checkout p50 / p95 / p99 (ms, sequential)", ...ingests.map(() => `${checkout.p50Ms} / ${checkout.p95Ms} / ${checkout.p99Ms}`)],
      ["GET /api/health, same senders (req/s)", ...ingests.map((ingest) => (ingest.mode === "http" && healthRequestsPerSecond !== null ? String(healthRequestsPerSecond) : "–"))],
    ],
  };
  return { rows, results, table };
}

/** A deterministic generator, so every run sends the same mix. */
/** Runs `send` over `items` from `CONCURRENCY` senders; answers the wall time and each latency. */
async function concurrently<T>(items: readonly T[], send: (item: T) => Promise<void>) {
  const latencies: number[] = [];
  let cursor = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (cursor < items.length) {
        const item = items[cursor++];
        const sent = performance.now();
        await send(item);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies };
}

async function runChild(): Promise<CheckoutBenchResults> {
  const { and, eq, inArray, sql } = await import("drizzle-orm");
  const { z } = await import("zod");
  const { runMigrations } = await import("@/db/migrate");
  const { closeDb, getDb } = await import("@/db/client");
  const { categories, orderEvents, orders, products, sandboxDeliveries, sandboxObjects, webhookEvents } = await import("@/db/schema");
  const { addItem, ensureCart, newCartId } = await import("@/lib/cart");
  const { startCheckout } = await import("@/lib/checkout");
  const { getStripe } = await import("@/lib/payments/stripe");
  const { env } = await import("@/lib/config/env");
  const { stripeSandbox } = await import("@/lib/payments/sandbox");
  const sandbox = stripeSandbox();

  const baseUrl = process.env.BENCH_BASE_URL || undefined;
  await runMigrations();
  const db = getDb();
  // The bench sends the events itself; nothing in this process delivers them.
  sandbox.webhooks.configure({ automatic: false });

  await db.insert(categories).values({ slug: "bench", name: "Bench", sortOrder: 99 }).onConflictDoNothing();
  const stamp = Date.now().toString(36);
  const benchProducts = await db
    .insert(products)
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        slug: `bench-checkout-${stamp}-${i}`,
        name: `Bench Product ${i}`,
        description: "Made by the checkout bench.",
        category: "bench",
        priceCents: 250 + i * 175,
        stock: 1_000_000,
      })),
    )
    .returning({ id: products.id });
  const shipping = { name: "Bench Shopper", email: "bench@example.com", address: "1 Load Street", city: "Portland", postalCode: "97201", country: "US" as const };
  const stripe = getStripe();
  const eventShape = z.object({ type: z.string(), data: z.object({ object: z.object({ id: z.string() }) }) });
  const checkoutMs: number[] = [];

  /** 1,800 paid orders whose succeeded events (plus 10% duplicates) are ready to send, shuffled. */
  async function prepare(seed: number) {
    const since = Date.now() - 1000;
    const paid: { orderId: string; paymentIntentId: string }[] = [];
    for (let i = 0; i < ORDERS; i++) {
      const cartId = newCartId();
      await ensureCart(cartId);
      const added = await addItem(cartId, benchProducts[i % benchProducts.length].id, 1 + (i % 3));
      if (!added.ok) throw new Error(added.message);
      const started = performance.now();
      const result = await startCheckout({ cartId, userId: null, shipping });
      checkoutMs.push(performance.now() - started);
      if (!result.ok) throw new Error(`checkout ${i} failed: ${result.message}`);
      paid.push({ orderId: result.orderId, paymentIntentId: result.paymentIntentId });
    }
    // The checkout's intents accept redirect-based methods, so Stripe needs the page to return to.
    const returnUrl = new URL("/checkout/complete", env().APP_URL).toString();
    for (let i = 0; i < paid.length; i += 25) {
      await Promise.all(
        paid.slice(i, i + 25).map((order) => stripe.paymentIntents.confirm(order.paymentIntentId, { payment_method: "pm_card_visa", return_url: returnUrl })),
      );
    }
    // The sandbox queued its own deliveries of these events; the bench delivers them instead.
    const emitted = await db
      .select({ id: sandboxObjects.id, data: sandboxObjects.data })
      .from(sandboxObjects)
      .where(and(eq(sandboxObjects.object, "event"), sql`${sandboxObjects.createdAt} >= ${since}`));
    const ids = emitted.map((event) => event.id);
    for (let i = 0; i < ids.length; i += 500) await db.delete(sandboxDeliveries).where(inArray(sandboxDeliveries.eventId, ids.slice(i, i + 500)));

    const intents = new Set(paid.map((order) => order.paymentIntentId));
    const succeeded = emitted.filter((event) => {
      const parsed = eventShape.safeParse(event.data);
      return parsed.success && parsed.data.type === "payment_intent.succeeded" && intents.has(parsed.data.data.object.id);
    });
    if (succeeded.length !== ORDERS) throw new Error(`expected ${ORDERS} payment_intent.succeeded events, found ${succeeded.length}`);
    const next = seededRandom(seed);
    const payloads = succeeded.map((event) => JSON.stringify(event.data, null, 2));
    for (let i = 0; i < DUPLICATES; i++) payloads.push(payloads[Math.floor(next() * ORDERS)]);
    for (let i = payloads.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [payloads[i], payloads[j]] = [payloads[j], payloads[i]];
    }
    return { orderIds: paid.map((order) => order.orderId), eventIds: succeeded.map((event) => event.id), payloads };
  }

  async function verify(orderIds: string[], eventIds: string[]) {
    let paidOrders = 0;
    let ordersWithOnePaidEntry = 0;
    let recordedEvents = 0;
    for (let i = 0; i < orderIds.length; i += 500) {
      const chunk = orderIds.slice(i, i + 500);
      const [row] = await db.select({ n: sql<number>`count(*)` }).from(orders).where(and(inArray(orders.id, chunk), eq(orders.status, "paid")));
      paidOrders += Number(row.n);
      const entries = await db
        .select({ orderId: orderEvents.orderId, n: sql<number>`count(*)` })
        .from(orderEvents)
        .where(and(inArray(orderEvents.orderId, chunk), eq(orderEvents.type, "paid")))
        .groupBy(orderEvents.orderId);
      ordersWithOnePaidEntry += entries.filter((entry) => Number(entry.n) === 1).length;
    }
    for (let i = 0; i < eventIds.length; i += 500) {
      const [row] = await db
        .select({ n: sql<number>`count(*)` })
        .from(webhookEvents)
        .where(and(inArray(webhookEvents.id, eventIds.slice(i, i + 500)), eq(webhookEvents.status, "processed")));
      recordedEvents += Number(row.n);
    }
    return { paidOrders, ordersWithOnePaidEntry, recordedEvents };
  }

  const answerShape = z.object({ duplicate: z.boolean().optional() });
  async function ingest(mode: Ingest["mode"], batch: Awaited<ReturnType<typeof prepare>>, post: (init: RequestInit) => Promise<Response>): Promise<Ingest> {
    // Signed up front (Stripe allows 5 minutes), so the senders only send.
    const requests = batch.payloads.map((payload) => ({ payload, signature: sandbox.webhooks.sign(payload) }));
    let non2xx = 0;
    let answeredAsDuplicate = 0;
    const { seconds, latencies } = await concurrently(requests, async ({ payload, signature }) => {
      const response = await post({ method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
      const answer = answerShape.safeParse(await response.json().catch(() => null));
      if (response.status < 200 || response.status >= 300) non2xx += 1;
      if (answer.success && answer.data.duplicate === true) answeredAsDuplicate += 1;
    });
    const checked = await verify(batch.orderIds, batch.eventIds);
    const stats = percentiles(latencies);
    return {
      mode,
      events: requests.length,
      duplicates: DUPLICATES,
      seconds: Math.round(seconds * 100) / 100,
      eventsPerSecond: Math.round(requests.length / seconds),
      p50Ms: stats.p50,
      p99Ms: stats.p99,
      maxMs: stats.max,
      non2xx,
      exactlyOnce: {
        ...checked,
        answeredAsDuplicate,
        ok:
          checked.paidOrders === ORDERS &&
          checked.ordersWithOnePaidEntry === ORDERS &&
          checked.recordedEvents === ORDERS &&
          answeredAsDuplicate === DUPLICATES &&
          non2xx === 0,
      },
    };
  }

  const ingests: Ingest[] = [];
  let healthRequestsPerSecond: number | null = null;
  if (baseUrl) {
    // Over HTTP the senders are autocannon's connections: a lean client, so the server's cost
    // is what is measured (the machine's two cores are shared with it).
    const batch = await prepare(7);
    const health = await countedRun({ url: `${baseUrl}/api/health`, connections: CONCURRENCY, amount: 2_000, timeout: 30 });
    healthRequestsPerSecond = Math.round(health.requestsPerSecond);
    const requests = batch.payloads.map((payload) => ({ payload, signature: sandbox.webhooks.sign(payload) }));
    let answeredAsDuplicate = 0;
    const { result, requestsPerSecond } = await countedRun({
      url: `${baseUrl}/api/webhooks/stripe`,
      connections: CONCURRENCY,
      amount: requests.length,
      timeout: 30,
      requests: signedDeliveries(requests, (_status, body) => {
        let json: unknown = null;
        try {
          json = JSON.parse(body);
        } catch {
          // counted below as a non-2xx answer
        }
        const answer = answerShape.safeParse(json);
        if (answer.success && answer.data.duplicate === true) answeredAsDuplicate += 1;
      }),
    });
    const checked = await verify(batch.orderIds, batch.eventIds);
    const non2xx = result.non2xx + result.errors + result.timeouts;
    ingests.push({
      mode: "http",
      events: result.requests.total,
      duplicates: DUPLICATES,
      seconds: Math.round((result.requests.total / requestsPerSecond) * 100) / 100,
      eventsPerSecond: Math.round(requestsPerSecond),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      non2xx,
      exactlyOnce: {
        ...checked,
        answeredAsDuplicate,
        ok:
          result.requests.total === requests.length &&
          checked.paidOrders === ORDERS &&
          checked.ordersWithOnePaidEntry === ORDERS &&
          checked.recordedEvents === ORDERS &&
          answeredAsDuplicate === DUPLICATES &&
          non2xx === 0,
      },
    });
  }
  const { POST } = await import("@/app/api/webhooks/stripe/route");
  ingests.push(await ingest("in-process", await prepare(11), (init) => POST(new Request("http://localhost/api/webhooks/stripe", init))));

  // Leave the shop as it was: the bench products disappear from the catalogue.
  await db.update(products).set({ visible: false }).where(inArray(products.id, benchProducts.map((product) => product.id)));
  closeDb();

  const checkout = percentiles(checkoutMs);
  return {
    checkout: { orders: checkoutMs.length, p50Ms: checkout.p50, p95Ms: checkout.p95, p99Ms: checkout.p99, maxMs: checkout.max },
    ingests,
    healthRequestsPerSecond,
  };
}

// Run alone, in-process, on its own database: `tsx --conditions=react-server bench/checkout.ts`.
sectionEntry({ file: "checkout.ts", childFlag: "BENCH_CHECKOUT_CHILD", marker: MARKER, runChild, alone: () => benchCheckout() });
