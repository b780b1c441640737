import { join } from "node:path";
import { benchEnv, percentiles, reportToParent, runServerChild, seededRandom, tempDir, type Section } from "./support";

/**
 * Search latency on a catalogue scaled to 10,000 products: `listProducts` (the function /shop
 * calls, uncached) timed in-process for a few hundred varied queries. Runs in a child process
 * with the `react-server` condition so `import "server-only"` resolves as it does in Next.
 */

const SCALE = 10_000;
const TARGET_P95_MS = 20;
const MARKER = "BENCH_SEARCH_RESULT ";

type SearchResults = {
  products: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU time of the process per query: what the latency would be on an otherwise idle machine. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  slowest: { query: string; ms: number; cpuMs: number }[];
};

export const searchSection: Section = {
  name: "search",
  description: `search latency p50/p95 at ${SCALE.toLocaleString("en-US")} products`,
  usesServer: false,
  async run() {
    const dir = tempDir("beyond-earth-bench-search-");
    const env = { ...benchEnv(`file:${join(dir, "search.db")}`), BENCH_SEARCH_CHILD: "1" };
    const results = (await runServerChild("search.ts", env, MARKER)) as SearchResults;
    return {
      rows: [
        { section: "search", metric: `search p50 (${results.queries} queries, ${results.products.toLocaleString("en-US")} products)`, value: results.p50Ms, unit: "ms" },
        { section: "search", metric: `search p95 (${results.queries} queries, ${results.products.toLocaleString("en-US")} products)`, value: results.p95Ms, unit: "ms", target: `≤ ${TARGET_P95_MS} ms`, ok: results.p95Ms <= TARGET_P95_MS },
        { section: "search", metric: "search CPU time per query p50", value: results.cpuP50Ms, unit: "ms" },
        { section: "search", metric: "search CPU time per query p95", value: results.cpuP95Ms, unit: "ms" },
      ],
      results: { ...results, targetP95Ms: TARGET_P95_MS },
    };
  },
};

/** A deterministic generator, so every run times the same queries. */
async function runChild(): Promise<SearchResults> {
  const { runMigrations } = await import("@/db/migrate");
  const { seedCatalog, seedScaledCatalog } = await import("@/db/seed");
  const { closeDb } = await import("@/db/client");
  const catalog = await import("@/db/seed/catalog-data");
  const { listProducts } = await import("@/lib/catalog/queries");
  const { DEFAULT_SHOP_QUERY, SORTS } = await import("@/lib/catalog/params");
  type ShopQuery = typeof DEFAULT_SHOP_QUERY;

  await runMigrations();
  await seedCatalog();
  await seedScaledCatalog(SCALE);

  // What shoppers type: words from product names, half-typed words, two-word searches, a few
  // typos and symbols; some combined with a category, a tag, the in-stock toggle, a sort or a page.
  const next = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const words = [...new Set(catalog.products.flatMap((product) => product.name.toLowerCase().match(/[a-z]{3,}/g) ?? []))];
  const tags = [...new Set(catalog.products.flatMap((product) => product.tags))];
  const categories = catalog.categories.map((category) => category.slug);
  const queries: ShopQuery[] = [];
  for (let i = 0; i < 400; i++) {
    const roll = next();
    const word = pick(words);
    const q =
      roll < 0.45 ? word
      : roll < 0.65 ? word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)))
      : roll < 0.85 ? `${word} ${pick(words)}`
      : roll < 0.92 ? word.toUpperCase()
      : roll < 0.96 ? pick(["organic", "vegan", "gluten free", "local seasonal"])
      : pick(["xyzzy", '"tomato', "AND (", "oat* NEAR milk", "lentils -red"]);
    const query: ShopQuery = { ...DEFAULT_SHOP_QUERY, q };
    if (next() < 0.2) query.category = pick(categories);
    if (next() < 0.15) query.tag = pick(tags);
    if (next() < 0.2) query.inStock = true;
    if (next() < 0.25) query.sort = pick(SORTS);
    if (next() < 0.1) query.page = 2;
    queries.push(query);
  }

  for (const query of queries.slice(0, 40)) await listProducts(query);
  const timings: { query: string; ms: number; cpuMs: number }[] = [];
  for (const query of queries) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await listProducts(query);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    timings.push({ query: JSON.stringify(query), ms: Math.round(ms * 100) / 100, cpuMs: Math.round((used.user + used.system) / 10) / 100 });
  }
  closeDb();
  const stats = percentiles(timings.map((timing) => timing.ms));
  const cpuStats = percentiles(timings.map((timing) => timing.cpuMs));
  return {
    products: SCALE,
    queries: timings.length,
    p50Ms: stats.p50,
    p95Ms: stats.p95,
    p99Ms: stats.p99,
    maxMs: stats.max,
    cpuP50Ms: cpuStats.p50,
    cpuP95Ms: cpuStats.p95,
    slowest: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}

if (process.env.BENCH_SEARCH_CHILD === "1") {
  reportToParent(MARKER, runChild);
}
