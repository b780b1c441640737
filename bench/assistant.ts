import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Benchmark section for the recipe assistant (`npm run bench` calls `benchAssistant()`).
 *
 * Measures, for the built-in local recipe model at 10 concurrent requests, the time to the first
 * streamed text token and to the end of the reply (p50/p95), and the answer cache's hit rate on
 * repeated first questions. Requests go through `handleAssistantRequest` in-process (the same
 * function the route handler calls: validation, entitlement, rate limit, thread writes, tools,
 * streaming), against a fresh, seeded temporary database, so the numbers do not depend on or
 * disturb the operator's data.
 *
 * The work runs in a child process started with `--conditions=react-server`, the condition Next.js
 * itself resolves server code with, so `import "server-only"` in lib/ loads as it does in the app.
 */

export type AssistantBenchRow = { section: "assistant"; metric: string; value: number; unit: "ms" | "%" | "requests"; target?: string; ok?: boolean };

export type Percentiles = { p50: number; p95: number; max: number };

export type AssistantBenchResults = {
  model: string;
  concurrency: number;
  /** Uncached questions answered by the model: latency sample size. */
  requests: number;
  firstTokenMs: Percentiles;
  fullReplyMs: Percentiles;
  target: { firstTokenP95Ms: number; met: boolean };
  cache: { questions: number; asked: number; hits: number; hitRate: number; firstTokenMs: Percentiles };
  errors: number;
};

export type AssistantBench = { rows: AssistantBenchRow[]; results: AssistantBenchResults };

const RESULT_MARKER = "BENCH_ASSISTANT_RESULT ";
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

export async function benchAssistant(): Promise<AssistantBench> {
  const dir = mkdtempSync(join(tmpdir(), "beyond-earth-bench-assistant-"));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn("npx", ["tsx", "--conditions=react-server", join(process.cwd(), "bench", "assistant.ts")], {
        env: {
          ...process.env,
          BENCH_ASSISTANT_CHILD: "1",
          DATABASE_URL: `file:${join(dir, "bench.db")}`,
          OPENAI_API_KEY: "",
          NODE_ENV: "production",
          AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789-abcdefghijkl",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let stdout = "";
      child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`assistant bench exited with code ${code}`))));
    });
    const line = output.split("\n").find((candidate) => candidate.startsWith(RESULT_MARKER));
    if (!line) throw new Error("assistant bench printed no result");
    const results = JSON.parse(line.slice(RESULT_MARKER.length)) as AssistantBenchResults;
    return { rows: toRows(results), results };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function toRows(results: AssistantBenchResults): AssistantBenchRow[] {
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
    { section: "assistant", metric: `cache hit rate (${results.cache.questions} questions asked ${results.cache.asked / results.cache.questions}× each)`, value: results.cache.hitRate, unit: "%" },
    { section: "assistant", metric: "first token p95, cached answers", value: results.cache.firstTokenMs.p95, unit: "ms" },
    { section: "assistant", metric: "requests that failed", value: results.errors, unit: "requests", ok: results.errors === 0 },
  ];
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? 0) };
}

// ---------------------------------------------------------------------------- child process

type Timing = { firstTokenMs: number; fullMs: number; cached: boolean; ok: boolean };

async function runChild(): Promise<AssistantBenchResults> {
  const { runMigrations } = await import("@/db/migrate");
  const { seedCatalog } = await import("@/db/seed");
  const { getDb, closeDb } = await import("@/db/client");
  const { subscriptions, users } = await import("@/db/schema");
  const { handleAssistantRequest } = await import("@/lib/assistant");
  const { LOCAL_MODEL_ID, LOCAL_MODEL_LABEL, LocalRecipeModel } = await import("@/lib/ai/local-model");
  const { ensureCart, newCartId } = await import("@/lib/cart");
  const { sql } = await import("drizzle-orm");

  await runMigrations();
  await seedCatalog();

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
      cartId: async () => {
        await ensureCart(cartId);
        return cartId;
      },
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
  for (let round = 0; round < ROUNDS; round++) {
    const batch = await Promise.all(clients.map((client, index) => askOnce(client, QUESTIONS[(round + index) % QUESTIONS.length], uncached(`${round}-${index}`))));
    fresh.push(...batch);
  }

  // Cache: the same ten first questions asked again and again, 10 at a time.
  const repeated: Timing[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const batch = await Promise.all(clients.map((client, index) => askOnce(client, QUESTIONS[index])));
    repeated.push(...batch);
    if (round === 0) {
      // Entries are written as each stream finishes on the server; the next round should find them.
      for (let tries = 0; tries < 200; tries++) {
        const [row] = await getDb().all<{ n: number }>(sql`select count(*) as n from assistant_cache`);
        if (Number(row?.n) >= QUESTIONS.length) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
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
    errors: fresh.length - ok.length + repeated.filter((timing) => !timing.ok).length,
  };
}

if (process.env.BENCH_ASSISTANT_CHILD === "1") {
  runChild()
    .then((results) => {
      process.stdout.write(`${RESULT_MARKER}${JSON.stringify(results)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
