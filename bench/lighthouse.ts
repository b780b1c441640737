import { spawn } from "node:child_process";
import { join } from "node:path";
import { BENCH_PRODUCT } from "./http";
import { ROOT, type BenchRow, type Section } from "./support";

const PAGES = [
  { label: "/", path: "/" },
  { label: "/shop", path: "/shop" },
  { label: "product page", path: `/shop/${BENCH_PRODUCT}` },
  { label: "/cart", path: "/cart" },
  { label: "/checkout", path: "/checkout" },
  { label: "/plans", path: "/plans" },
  { label: "/assistant", path: "/assistant" },
];

const CATEGORIES = [
  { id: "performance", label: "performance", target: 95 },
  { id: "accessibility", label: "accessibility", target: 100 },
  { id: "best-practices", label: "best practices", target: 100 },
  { id: "seo", label: "SEO", target: 100 },
] as const;

type Audit = { id: string; score: number | null; scoreDisplayMode: string; numericValue?: number };
type Report = { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, Audit> };

/**
 * Lighthouse's own CLI under plain node, not imported here: tsx's transform adds helpers to the
 * functions Lighthouse sends into the page, which then fail there ("__name is not defined").
 */
function runLighthouse(url: string): Promise<Report> {
  const cli = join(ROOT, "node_modules", "lighthouse", "cli", "index.js");
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${CATEGORIES.map((category) => category.id).join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with code ${code} for ${url}`));
      resolve(JSON.parse(stdout) as Report);
    });
  });
}

type PageScores = { label: string; path: string; scores: Record<string, number>; failing: string[]; totalBlockingTimeMs?: number; transferKb?: number };

/**
 * Lighthouse's own mobile profile (emulated phone, simulated slow 4G and CPU) against Debian's
 * Chromium, one cold run per page, so the figures are what a first visit on a phone would get.
 */
export const lighthouseSection: Section = {
  name: "lighthouse",
  description: `Lighthouse 12 mobile scores for ${PAGES.length} pages`,
  usesServer: true,
  async run(context) {
    const server = await context.server();
    const measured: PageScores[] = [];
    for (const page of PAGES) {
      process.stdout.write(`  ${page.label} …`);
      const { categories, audits } = await runLighthouse(`${server.baseUrl}${page.path}`);
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category.id, Math.round((categories[category.id]?.score ?? 0) * 100)]));
      // The audits that cost points, so a score below target says what to fix.
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual")
        .map((audit) => audit.id);
      const totalBlockingTimeMs = audits["total-blocking-time"]?.numericValue;
      const transfer = audits["total-byte-weight"]?.numericValue;
      measured.push({
        ...page,
        scores,
        failing,
        totalBlockingTimeMs: totalBlockingTimeMs === undefined ? undefined : Math.round(totalBlockingTimeMs),
        transferKb: transfer === undefined ? undefined : Math.round(transfer / 100) / 10,
      });
      process.stdout.write(` ${CATEGORIES.map((category) => scores[category.id]).join(" / ")}\n`);
    }

    const rows: BenchRow[] = measured.flatMap((page) =>
      CATEGORIES.map((category) => ({
        section: "lighthouse",
        metric: `${page.label} ${category.label}`,
        value: page.scores[category.id],
        unit: "",
        target: `≥ ${category.target}`,
        ok: page.scores[category.id] >= category.target,
      })),
    );
    return {
      rows,
      results: { pages: measured },
      table: {
        title: "Lighthouse 12 (mobile, simulated throttling, Debian Chromium headless)",
        columns: ["page", ...CATEGORIES.map((category) => `${category.label} (≥ ${category.target})`), "TBT ms", "transfer kB", "audits below 90"],
        rows: measured.map((page) => [
          page.label,
          ...CATEGORIES.map((category) => String(page.scores[category.id])),
          String(page.totalBlockingTimeMs ?? ""),
          String(page.transferKb ?? ""),
          page.failing.join(", "),
        ]),
      },
    };
  },
};
