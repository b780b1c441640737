import { join } from "node:path";
import { benchEnv, percentiles, runServerChild, seedDatabase, tempDir, type BenchRow, type BenchTable, type Section, type SectionOutput } from "./support";

/**
 * Checkout and webhook ingest, through the Stripe sandbox and the real webhook route.
 *
 * 1. Checkout: 1,800 guest carts go through `startCheckout` one after another (order, stock
 *    reservation and PaymentIntent creation through the SDK and the sandbox) → p50/p95.
 * 2. Each PaymentIntent is paid with 4242; the sandbox's own `payment_intent.succeeded` events
 *    (1,800) plus 10% duplicates (200) = 2,000 signed deliveries are POSTed to
 *    `/api/webhooks/stripe` by 50 concurrent senders → events/s and latency percentiles.
 * 3. Exactly once: every order is paid, has exactly one 'paid' timeline entry, every event is
 *    recorded once, and every duplicate was answered as a duplicate.
 *
 * `benchCheckout({ baseUrl, databaseUrl })` posts over HTTP to a running server that uses
 * `databaseUrl`; without them it makes its own database and calls the route handler in-process.
 * The work runs in a child process with the `react-server` condition, as Next runs server code.
 */

const ORDERS = 1_800;
const DUPLICATES = 200;
const CONCURRENCY = 50;
const TARGET_EVENTS_PER_SECOND = 500;
const MARKER = "BENCH_CHECKOUT_RESULT ";

export type CheckoutBenchResults = {
  mode: "http" | "in-process";
  checkout: { orders: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  ingest: {
    events: number;
    distinct: number;
    duplicates: number;
    concurrency: number;
    seconds: number;
    eventsPerSecond: number;
    p50Ms: number;
    p99Ms: number;
    maxMs: number;
    non2xx: number;
  };
  exactlyOnce: { paidOrders: number; ordersWithOnePaidEntry: number; recordedEvents: number; answeredAsDuplicate: number; ok: boolean };
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
  const { checkout, ingest, exactlyOnce } = results;
  const rows: BenchRow[] = [
    { section: "checkout", metric: `order + PaymentIntent creation p50 (${checkout.orders} checkouts)`, value: checkout.p50Ms, unit: "ms" },
    { section: "checkout", metric: `order + PaymentIntent creation p95 (${checkout.orders} checkouts)`, value: checkout.p95Ms, unit: "ms" },
    {
      section: "checkout",
      metric: `webhook ingest (${ingest.events} events, ${ingest.duplicates} duplicates, ${ingest.concurrency} concurrent, ${results.mode})`,
      value: ingest.eventsPerSecond,
      unit: "events/s",
      target: `≥ ${TARGET_EVENTS_PER_SECOND} events/s`,
      ok: ingest.eventsPerSecond >= TARGET_EVENTS_PER_SECOND,
    },
    { section: "checkout", metric: "webhook ingest p99", value: ingest.p99Ms, unit: "ms" },
    {
      section: "checkout",
      metric: `effects exactly once (${exactlyOnce.paidOrders}/${checkout.orders} paid, ${exactlyOnce.ordersWithOnePaidEntry} with one 'paid' entry)`,
      value: exactlyOnce.ok ? 1 : 0,
      unit: exactlyOnce.ok ? "(yes)" : "(NO)",
      target: "yes",
      ok: exactlyOnce.ok,
    },
  ];
  const table: BenchTable = {
    title: "Checkout and webhooks",
    columns: ["measure", "value"],
    rows: [
      ["checkouts (sequential)", String(checkout.orders)],
      ["order + PaymentIntent p50 / p95 / p99", `${checkout.p50Ms} / ${checkout.p95Ms} / ${checkout.p99Ms} ms`],
      ["webhook events sent (duplicates)", `${ingest.events} (${ingest.duplicates})`],
      ["concurrency / mode", `${ingest.concurrency} / ${results.mode}`],
      ["ingest throughput", `${ingest.eventsPerSecond} events/s (${ingest.seconds} s)`],
      ["ingest latency p50 / p99 / max", `${ingest.p50Ms} / ${ingest.p99Ms} / ${ingest.maxMs} ms`],
      ["non-2xx answers", String(ingest.non2xx)],
      ["orders paid / with exactly one 'paid' entry", `${exactlyOnce.paidOrders} / ${exactlyOnce.ordersWithOnePaidEntry}`],
      ["events recorded / duplicates recognised", `${exactlyOnce.recordedEvents} / ${exactlyOnce.answeredAsDuplicate}`],
    ],
  };
  return { rows, results, table };
}

/** A deterministic generator, so every run sends the same mix. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
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
  const { configureDelivery, signPayload } = await import("@/lib/payments/sandbox/events");

  const baseUrl = process.env.BENCH_BASE_URL || undefined;
  await runMigrations();
  const db = getDb();
  // The bench sends the events itself; nothing in this process delivers them.
  configureDelivery({ automatic: false });

  const startedAt = new Date(Date.now() - 1000);
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
  const checkoutMs: number[] = [];
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

  const stripe = getStripe();
  for (let i = 0; i < paid.length; i += 25) {
    await Promise.all(paid.slice(i, i + 25).map((order) => stripe.paymentIntents.confirm(order.paymentIntentId, { payment_method: "pm_card_visa" })));
  }

  // The sandbox queued its own deliveries of these events; the bench delivers them instead.
  const benchEvents = await db
    .select({ id: sandboxObjects.id, data: sandboxObjects.data })
    .from(sandboxObjects)
    .where(and(eq(sandboxObjects.object, "event"), sql`${sandboxObjects.createdAt} >= ${startedAt.getTime()}`));
  const eventIds = benchEvents.map((event) => event.id);
  for (let i = 0; i < eventIds.length; i += 500) await db.delete(sandboxDeliveries).where(inArray(sandboxDeliveries.eventId, eventIds.slice(i, i + 500)));

  const paymentIntentIds = new Set(paid.map((order) => order.paymentIntentId));
  const eventShape = z.object({ type: z.string(), data: z.object({ object: z.object({ id: z.string() }) }) });
  const succeeded = benchEvents.filter((event) => {
    const parsed = eventShape.safeParse(event.data);
    return parsed.success && parsed.data.type === "payment_intent.succeeded" && paymentIntentIds.has(parsed.data.data.object.id);
  });
  if (succeeded.length !== ORDERS) throw new Error(`expected ${ORDERS} payment_intent.succeeded events, found ${succeeded.length}`);

  const next = random(7);
  const payloads = succeeded.map((event) => JSON.stringify(event.data, null, 2));
  for (let i = 0; i < DUPLICATES; i++) payloads.push(payloads[Math.floor(next() * ORDERS)]);
  for (let i = payloads.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [payloads[i], payloads[j]] = [payloads[j], payloads[i]];
  }

  const post: (init: RequestInit) => Promise<Response> = baseUrl
    ? (init) => fetch(`${baseUrl}/api/webhooks/stripe`, init)
    : await import("@/app/api/webhooks/stripe/route").then(({ POST }) => (init: RequestInit) => POST(new Request("http://localhost/api/webhooks/stripe", init)));
  const answerShape = z.object({ duplicate: z.boolean().optional() });
  const send = async (payload: string): Promise<{ status: number; duplicate: boolean }> => {
    const response = await post({ method: "POST", headers: { "content-type": "application/json", "stripe-signature": signPayload(payload) }, body: payload });
    const answer = answerShape.safeParse(await response.json().catch(() => null));
    return { status: response.status, duplicate: answer.success && answer.data.duplicate === true };
  };

  const latencies: number[] = [];
  let non2xx = 0;
  let answeredAsDuplicate = 0;
  let cursor = 0;
  const ingestStarted = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (cursor < payloads.length) {
        const payload = payloads[cursor++];
        const started = performance.now();
        const answer = await send(payload);
        latencies.push(performance.now() - started);
        if (answer.status < 200 || answer.status >= 300) non2xx += 1;
        if (answer.duplicate) answeredAsDuplicate += 1;
      }
    }),
  );
  const seconds = (performance.now() - ingestStarted) / 1000;

  const orderIds = paid.map((order) => order.orderId);
  let paidOrders = 0;
  let ordersWithOnePaidEntry = 0;
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
  const succeededIds = succeeded.map((event) => event.id);
  let recordedEvents = 0;
  for (let i = 0; i < succeededIds.length; i += 500) {
    const [row] = await db
      .select({ n: sql<number>`count(*)` })
      .from(webhookEvents)
      .where(and(inArray(webhookEvents.id, succeededIds.slice(i, i + 500)), eq(webhookEvents.status, "processed")));
    recordedEvents += Number(row.n);
  }

  // Leave the shop as it was: the bench products disappear from the catalogue.
  await db.update(products).set({ visible: false }).where(inArray(products.id, benchProducts.map((product) => product.id)));
  closeDb();

  const checkoutStats = percentiles(checkoutMs);
  const ingestStats = percentiles(latencies);
  return {
    mode: baseUrl ? "http" : "in-process",
    checkout: { orders: ORDERS, p50Ms: checkoutStats.p50, p95Ms: checkoutStats.p95, p99Ms: checkoutStats.p99, maxMs: checkoutStats.max },
    ingest: {
      events: payloads.length,
      distinct: ORDERS,
      duplicates: DUPLICATES,
      concurrency: CONCURRENCY,
      seconds: Math.round(seconds * 100) / 100,
      eventsPerSecond: Math.round(payloads.length / seconds),
      p50Ms: ingestStats.p50,
      p99Ms: ingestStats.p99,
      maxMs: ingestStats.max,
      non2xx,
    },
    exactlyOnce: {
      paidOrders,
      ordersWithOnePaidEntry,
      recordedEvents,
      answeredAsDuplicate,
      ok: paidOrders === ORDERS && ordersWithOnePaidEntry === ORDERS && recordedEvents === ORDERS && answeredAsDuplicate === DUPLICATES && non2xx === 0,
    },
  };
}

if (process.env.BENCH_CHECKOUT_CHILD === "1") {
  runChild()
    .then((results) => {
      process.stdout.write(`${MARKER}${JSON.stringify(results)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

// `tsx --conditions=react-server bench/checkout.ts`: the section alone, in-process, on its own database.
if (process.env.BENCH_CHECKOUT_CHILD !== "1" && process.argv[1]?.endsWith(join("bench", "checkout.ts"))) {
  import("./support").then(async ({ cleanUp, formatTable }) => {
    try {
      const output = await benchCheckout();
      if (output.table) console.log(formatTable(output.table));
    } finally {
      cleanUp();
    }
  });
}
