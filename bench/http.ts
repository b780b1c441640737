import autocannon, { type Result } from "autocannon";
import { createClient } from "@libsql/client";
import { cpus, loadavg } from "node:os";
import { processCpuMs, type BenchRow, type Section } from "./support";

const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
const WARM_UP_SECONDS = 2;
/** In stock (42 in the demo catalogue), with recipes: a typical product page. */
export const BENCH_PRODUCT = "heirloom-cherry-tomatoes";

// `target`: the share of /api/health's requests/s the route must serve (issue 14), for a first
// visit (no cookies, as crawlers and new shoppers arrive) and for a returning visitor alike.
const ROUTES = [
  { label: "/api/health", path: "/api/health", target: 0 },
  { label: "/", path: "/", target: 0.6 },
  { label: "/shop", path: "/shop", target: 0.6 },
  { label: "category view", path: "/shop?category=bakery", target: 0.6 },
  { label: "/shop?q=tomato", path: "/shop?q=tomato", target: 0.35 },
  { label: "product page", path: `/shop/${BENCH_PRODUCT}`, target: 0.6 },
];
const VISITORS = ["first visit", "returning"] as const;

async function load(url: string, duration: number, cookie: string): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration, timeout: 30, headers: cookie ? { cookie } : {} });
}

/**
 * The cookies a browser holds after its first page (device id, Auth.js CSRF cookie), so the
 * load looks like shoppers browsing rather than 50 first visits per millisecond.
 */
async function visitorCookies(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/shop`);
  await response.text();
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/**
 * How long after a stock change made by another process (no cache invalidation reaches the
 * server) the product page shows it. Changes made through the app invalidate at once.
 */
async function stockFreshnessMs(baseUrl: string, databaseUrl: string): Promise<number> {
  const db = createClient({ url: databaseUrl, timeout: 10_000 });
  const page = `${baseUrl}/shop/${BENCH_PRODUCT}`;
  try {
    await fetch(page).then((response) => response.text());
    const [row] = (await db.execute({ sql: "select stock from products where slug = ?", args: [BENCH_PRODUCT] })).rows;
    const before = Number(row.stock);
    await db.execute({ sql: "update products set stock = 3 where slug = ?", args: [BENCH_PRODUCT] });
    const changed = performance.now();
    let elapsed = -1;
    while (performance.now() - changed < 10_000) {
      const html = await fetch(page).then((response) => response.text());
      if (html.includes("Only 3 left")) {
        elapsed = performance.now() - changed;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await db.execute({ sql: "update products set stock = ? where slug = ?", args: [before, BENCH_PRODUCT] });
    return Math.round(elapsed);
  } finally {
    db.close();
  }
}

export const httpSection: Section = {
  name: "http",
  description: `requests/s and latency, ${CONNECTIONS} connections × ${DURATION_SECONDS} s per route`,
  usesServer: true,
  async run(context) {
    const server = await context.server();
    const measured: { label: string; path: string; visitor: (typeof VISITORS)[number]; target: number; result: Result; cpuMsPerRequest?: number }[] = [];
    const returningCookie = await visitorCookies(server.baseUrl);
    for (const visitor of VISITORS) {
      const cookie = visitor === "returning" ? returningCookie : "";
      for (const route of ROUTES) {
        const url = `${server.baseUrl}${route.path}`;
        const check = await fetch(url);
        if (!check.ok) throw new Error(`${route.path} answered ${check.status}`);
        await load(url, WARM_UP_SECONDS, cookie);
        process.stdout.write(`  ${route.label} (${visitor}) …`);
        const cpuBefore = processCpuMs(server.pid);
        const result = await load(url, DURATION_SECONDS, cookie);
        const cpuAfter = processCpuMs(server.pid);
        const cpuMsPerRequest =
          cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0 ? Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 100) / 100 : undefined;
        process.stdout.write(` ${Math.round(result.requests.average)} req/s\n`);
        measured.push({ ...route, visitor, result, cpuMsPerRequest });
      }
    }
    // Each route is compared with /api/health under the same cookies, measured in the same pass.
    const healthOf = (visitor: string) => measured.find((entry) => entry.visitor === visitor && entry.path === "/api/health")!;
    const routes = measured.map(({ label, path, visitor, target, result, cpuMsPerRequest }) => {
      const health = healthOf(visitor);
      return {
        route: label,
        path,
        visitor,
        target,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        ratioToHealth: Math.round((result.requests.average / health.result.requests.average) * 100) / 100,
        // Server CPU per request: what each route costs whatever else the machine is doing.
        serverCpuMsPerRequest: cpuMsPerRequest,
        cpuRatioToHealth: health.cpuMsPerRequest && cpuMsPerRequest ? Math.round((health.cpuMsPerRequest / cpuMsPerRequest) * 100) / 100 : undefined,
        htmlKb: Math.round(result.throughput.average / Math.max(1, result.requests.average) / 100) / 10,
        non2xx: result.non2xx,
        errors: result.errors,
      };
    });
    const freshnessMs = await stockFreshnessMs(server.baseUrl, server.databaseUrl);

    const rows: BenchRow[] = routes
      .filter((route) => route.path !== "/api/health")
      .map((route) => ({
        section: "http",
        metric: `${route.route} (${route.visitor}) req/s vs /api/health`,
        value: Math.round(route.ratioToHealth * 100),
        unit: "%",
        target: `≥ ${route.target * 100}%`,
        ok: route.ratioToHealth >= route.target && route.non2xx === 0 && route.errors === 0,
      }));
    rows.push({ section: "http", metric: "product page shows a stock change made by another process after", value: freshnessMs, unit: "ms", target: "≈ 1 s", ok: freshnessMs >= 0 && freshnessMs <= 1500 });

    return {
      rows,
      results: { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, loadAverage: loadavg()[0], routes, stockFreshnessMs: freshnessMs },
      table: {
        title: `HTTP (${CONNECTIONS} connections × ${DURATION_SECONDS} s each, first visit without cookies and returning visitor, production build; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
        columns: ["route", "visitor", "req/s", "p50 ms", "p99 ms", "vs health", "server CPU ms/req", "CPU vs health", "kB/response", "non-2xx"],
        rows: routes.map((route) => [
          route.route,
          route.visitor,
          String(route.requestsPerSecond),
          String(route.p50Ms),
          String(route.p99Ms),
          `${Math.round(route.ratioToHealth * 100)}%`,
          route.serverCpuMsPerRequest === undefined ? "" : String(route.serverCpuMsPerRequest),
          route.cpuRatioToHealth === undefined ? "" : `${Math.round(route.cpuRatioToHealth * 100)}%`,
          String(route.htmlKb),
          String(route.non2xx + route.errors),
        ]),
      },
    };
  },
};
