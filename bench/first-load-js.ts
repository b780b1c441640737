import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BENCH_PRODUCT } from "./http";
import { ROOT, type Section } from "./support";

// Issue 14: the app's own JavaScript on top of the framework's chunks (Next's and React's runtime).
const PAGES = [
  { label: "/", path: "/", appTargetKb: 10 },
  { label: "/shop", path: "/shop", appTargetKb: 10 },
  { label: "product page", path: `/shop/${BENCH_PRODUCT}`, appTargetKb: 10 },
  { label: "/assistant", path: "/assistant", appTargetKb: 40 },
];

/**
 * The JavaScript a first visit downloads: every `<script src>` in the served HTML, gzipped
 * (kB = 1000 bytes). `nomodule` polyfills are left out: browsers that run modules skip them.
 * Split into Next's and React's own runtime (the build manifest's root files) and the app's code.
 */
async function firstLoad(baseUrl: string, path: string, framework: Set<string>) {
  const html = await fetch(`${baseUrl}${path}`).then((response) => response.text());
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let frameworkBytes = 0;
  let appBytes = 0;
  for (const source of sources) {
    const response = await fetch(new URL(source, baseUrl));
    const size = gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
    if (framework.has(source.replace(/^\/_next\//, ""))) frameworkBytes += size;
    else appBytes += size;
  }
  const kb = (bytes: number) => Math.round(bytes / 100) / 10;
  return { chunks: sources.length, gzipKb: kb(frameworkBytes + appBytes), frameworkKb: kb(frameworkBytes), appKb: kb(appBytes) };
}

export const firstLoadJsSection: Section = {
  name: "first-load-js",
  description: "first-load JavaScript of /, /shop, a product page and /assistant (gzipped), the app's share against its target",
  usesServer: true,
  async run(context) {
    const server = await context.server();
    const manifest = JSON.parse(readFileSync(join(ROOT, server.distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
    const framework = new Set(manifest.rootMainFiles ?? []);
    const pages = [];
    for (const page of PAGES) pages.push({ ...page, ...(await firstLoad(server.baseUrl, page.path, framework)) });
    return {
      rows: pages.map((page) => ({
        section: "first-load-js",
        metric: `${page.label} first-load JS over the framework's ${page.frameworkKb} kB, gzip (total ${page.gzipKb} kB)`,
        value: page.appKb,
        unit: "kB",
        target: `≤ ${page.appTargetKb} kB`,
        ok: page.appKb <= page.appTargetKb,
      })),
      results: { pages },
    };
  },
};
