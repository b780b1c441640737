import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { BENCH_PRODUCT } from "./http";
import type { BenchRow, Section } from "./support";

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
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    const measured: PageScores[] = [];
    try {
      for (const page of PAGES) {
        process.stdout.write(`  ${page.label} …`);
        const result = await lighthouse(`${server.baseUrl}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES.map((category) => category.id),
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const { categories, audits } = result.lhr;
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
    } finally {
      await chrome.kill();
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
