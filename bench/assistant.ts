import { loadavg } from "node:os";
import { join } from "node:path";
import { benchEnv, percentiles, runServerChild, sectionEntry, seedDatabase, tempDir, type BenchRow, type BenchTable, type Section, type SectionOutput } from "./support";

/**
 * The recipe assistant (`npm run bench -- --only assistant`).
 *
 * Measures, for the built-in local recipe model at 10 concurrent requests, the time to the first
 * streamed text token and to the end of the reply (p50/p95), and the answer cache's hit rate on
 * repeated first questions. Requests go through `handleAssistantRequest` in-process (the function
 * the route handler calls: validation, entitlement, fair-use limit, thread writes, tools,
 * streaming) against a fresh seeded database, so the numbers neither depend on nor disturb
 * anyone's data. The work runs in a child process with the `react-server` condition, as Next
 * runs server code.
 *
 * 1. Latency: 10 subscribers ask at once, 5 rounds (50 requests), every request a cache miss.
 * 2. Cache: the same 10 first questions asked 5 times each, 10 at a time: the first round fills
 *    the cache, so the best possible hit rate is 80%.
 */

export type Percentiles = ReturnType<typeof percentiles>;

export type AssistantBenchResults = {
  model: string;
  concurrency: number;
  /** Uncached questions answered by the model: the latency sample. */
  requests: number;
  firstTokenMs: Percentiles;
  fullReplyMs: Percentiles;
  target: { firstTokenP95Ms: number; met: boolean };
  cache: { questions: number; asked: number; hits: number; hitRate: number; firstTokenMs: Percentiles };
  /** CPU time (user + system) of the latency phase per request: what the numbers cost on a quiet core. */
  cpuMsPerRequest: number;
  /** 1-minute load average when the latency phase ran: other work on the machine slows every figure. */
  loadAverage: number;
  errors: number;
};

const MARKER = "BENCH_ASSISTANT_RESULT ";
const CONCURRENCY = 10;
const ROUNDS = 5;
const FIRST_TOKEN_TARGET_MS = 150;

const QUESTIONS = [
  "What can I cook tonight with chickpeas, vegan, under $15?",
  "Any quick breakfast ideas for two?",
  "gluten-free dinner for 4 under $25",
  "What vegan desserts can I make?",
  "lunch ideas with lentils",
  "something quick with tofu",
  "How much is shipping?",
  "Do you have puy lentils in stock?",
  "what's your returns policy?",
  "dinner ideas with sweet potatoes and black beans",
];

/** Runs the section on its own fresh database and returns the summary rows, the numbers and a table. */
export async function benchAssistant(): Promise<SectionOutput & { results: AssistantBenchResults }> {
  const databaseUrl = `file:${join(tempDir("beyond-earth-bench-assistant-"), "bench.db")}`;
  seedDatabase(databaseUrl);
  const results = (await runServerChild("assistant.ts", { ...benchEnv(databaseUrl), BENCH_ASSISTANT_CHILD: "1" }, MARKER)) as AssistantBenchResults;
  return { rows: toRows(results), results, table: toTable(results) };
}

export const assistantSection: Section = {
  name: "assistant",
  description: "recipe assistant, local model: first token and full reply at 10 concurrent, cache hit rate",
  usesServer: false,
  run: () => benchAssistant(),
};

function toRows(results: AssistantBenchResults): BenchRow[] {
  const at = `${results.model}, ${results.concurrency} concurrent`;
  return [
    { section: "assistant", metric: `first token p50 (${at})`, value: results.firstTokenMs.p50, unit: "ms" },
    {
      section: "assistant",
      metric: `first token p95 (${at})`,
      value: results.firstTokenMs.p95,
      unit: "ms",
      target: `≤ ${results.target.firstTokenP95Ms} ms`,
      ok: results.target.met,
    },
    { section: "assistant", metric: `full reply p50 (${at})`, value: results.fullReplyMs.p50, unit: "ms" },
    { section: "assistant", metric: `full reply p95 (${at})`, value: results.fullReplyMs.p95, unit: "ms" },
    {
      section: "assistant",
      metric: `cache hit rate (${results.cache.questions} questions × ${results.cache.asked / results.cache.questions}; 80% is the most possible)`,
      value: results.cache.hitRate,
      unit: "%",
    },
    { section: "assistant", metric: "first token p95, cached answers", value: results.cache.firstTokenMs.p95, unit: "ms" },
    { section: "assistant", metric: `CPU per answered question (load average ${results.loadAverage} while measuring)`, value: results.cpuMsPerRequest, unit: "ms" },
    { section: "assistant", metric: "failed requests", value: results.errors, unit: "requests", ok: results.errors === 0 },
  ];
}

function toTable(results: AssistantBenchResults): BenchTable {
  const ms = (value: number) => `${value} ms`;
  return {
    title: `Recipe assistant (${results.model}, ${results.concurrency} concurrent)`,
    columns: ["answers", "requests", "first token p50", "first token p95", "full reply p50", "full reply p95"],
    rows: [
      ["from the model", String(results.requests), ms(results.firstTokenMs.p50), ms(results.firstTokenMs.p95), ms(results.fullReplyMs.p50), ms(results.fullReplyMs.p95)],
      ["from the cache", String(results.cache.hits), ms(results.cache.firstTokenMs.p50), ms(results.cache.firstTokenMs.p95), "", ""],
    ],
  };
}

// ---------------------------------------------------------------------------- child process

type Timing = { firstTokenMs: number; fullMs: number; cached: boolean; ok: boolean };

async function runChild(): Promise<AssistantBenchResults> {
  const { getDb, closeDb } = await import("@/db/client");
  const { subscriptions, users } = await import("@/db/schema");
  const { handleAssistantRequest } = await import("@/lib/assistant");
  const { LOCAL_MODEL_ID, LOCAL_MODEL_LABEL, LocalRecipeModel } = await import("@/lib/assistant/local-model");
  const { newCartId } = await import("@/lib/cart");

  // One subscriber per concurrent client: no free-use limit, and each stays inside fair use.
  const clients: { id: string }[] = [];
  for (let i = 0; i < CONCURRENCY; i++) {
    const [user] = await getDb().insert(users).values({ email: `bench-${i}@beyond-earth.test` }).returning({ id: users.id });
    await getDb()
      .insert(subscriptions)
      .values({ id: `sub_bench_${i}`, userId: user.id, customerId: `cus_bench_${i}`, plan: "monthly", priceId: "price_bench", status: "active", currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000) });
    clients.push(user);
  }

  // A model id of its own keeps a request out of the answer cache without changing its question.
  const uncached = (key: string) => ({ model: new LocalRecipeModel(), label: LOCAL_MODEL_LABEL, cacheId: `${LOCAL_MODEL_ID}:bench:${key}` });

  async function askOnce(user: { id: string }, text: string, model?: ReturnType<typeof uncached>): Promise<Timing> {
    const cartId = newCartId();
    const started = performance.now();
    const response = await handleAssistantRequest({
      request: new Request("http://127.0.0.1/api/assistant", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message: { role: "user", parts: [{ type: "text", text }] } }),
      }),
      user,
      deviceId: crypto.randomUUID(),
      ip: "198.51.100.1",
      userAgent: "Beyond Earth bench",
      // As the route does: the cart row is only written if something is added to it.
      cartId: async () => cartId,
      model,
    });
    if (!response.ok || !response.body) return { firstTokenMs: 0, fullMs: 0, cached: false, ok: false };
    let firstTokenMs = -1;
    let cached = false;
    let failed = false;
    let buffer = "";
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const events = buffer.split("\n\n");
      buffer = events.pop() ?? "";
      for (const event of events) {
        const data = event.replace(/^data: /, "");
        if (data === "[DONE]" || !data.startsWith("{")) continue;
        const chunk = JSON.parse(data) as { type: string; messageMetadata?: { cached?: boolean } };
        if (chunk.type === "text-delta" && firstTokenMs < 0) firstTokenMs = performance.now() - started;
        if (chunk.type === "start" && chunk.messageMetadata?.cached) cached = true;
        if (chunk.type === "error") failed = true;
      }
    }
    return { firstTokenMs, fullMs: performance.now() - started, cached, ok: !failed && firstTokenMs >= 0 };
  }

  // Warm-up: the first request pays for module and statement preparation, which production pays once.
  await askOnce(clients[0], "What can I cook with kale?", uncached("warm-up"));

  // Latency: every question unique (so none is answered from the cache), 10 clients at once.
  const fresh: Timing[] = [];
  const cpuBefore = process.cpuUsage();
  const loadAverage = Math.round(loadavg()[0] * 100) / 100;
  for (let round = 0; round < ROUNDS; round++) {
    const batch = await Promise.all(clients.map((client, index) => askOnce(client, QUESTIONS[(round + index) % QUESTIONS.length], uncached(`${round}-${index}`))));
    fresh.push(...batch);
  }

  const cpu = process.cpuUsage(cpuBefore);

  // Cache: the same ten first questions asked again and again, 10 at a time. An answer is stored
  // before its stream ends, so each round finds what the one before it stored.
  const repeated: Timing[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const batch = await Promise.all(clients.map((client, index) => askOnce(client, QUESTIONS[index])));
    repeated.push(...batch);
  }
  closeDb();

  const ok = fresh.filter((timing) => timing.ok);
  const firstTokenMs = percentiles(ok.map((timing) => timing.firstTokenMs));
  const hits = repeated.filter((timing) => timing.cached);
  return {
    model: LOCAL_MODEL_LABEL,
    concurrency: CONCURRENCY,
    requests: ok.length,
    firstTokenMs,
    fullReplyMs: percentiles(ok.map((timing) => timing.fullMs)),
    target: { firstTokenP95Ms: FIRST_TOKEN_TARGET_MS, met: firstTokenMs.p95 <= FIRST_TOKEN_TARGET_MS },
    cache: {
      questions: QUESTIONS.length,
      asked: repeated.length,
      hits: hits.length,
      hitRate: Math.round((hits.length / repeated.length) * 1000) / 10,
      firstTokenMs: percentiles(hits.map((timing) => timing.firstTokenMs)),
    },
    cpuMsPerRequest: Math.round((cpu.user + cpu.system) / 1000 / fresh.length * 10) / 10,
    loadAverage,
    errors: fresh.length - ok.length + repeated.filter((timing) => !timing.ok).length,
  };
}

// Run alone: `tsx bench/assistant.ts`.
sectionEntry({ file: "assistant.ts", childFlag: "BENCH_ASSISTANT_CHILD", marker: MARKER, runChild, alone: benchAssistant, printResults: true });
