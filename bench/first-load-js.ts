import { gzipSync } from "node:zlib";
import { BENCH_PRODUCT } from "./http";
import type { Section } from "./support";

const TARGET_KB = 130;
const PAGES = [
  { label: "/shop", path: "/shop" },
  { label: "product page", path: `/shop/${BENCH_PRODUCT}` },
];

/**
 * The JavaScript a first visit downloads: every `<script src>` in the served HTML, gzipped.
 * Measured from what the running build really sends, so it counts exactly the chunks a browser loads.
 */
async function firstLoadBytes(baseUrl: string, path: string) {
  const html = await fetch(`${baseUrl}${path}`).then((response) => response.text());
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1].replaceAll("&amp;", "&")))];
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const response = await fetch(new URL(source, baseUrl));
    const body = Buffer.from(await response.arrayBuffer());
    raw += body.byteLength;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { chunks: sources.length, rawKb: Math.round(raw / 100) / 10, gzipKb: Math.round(gzipped / 100) / 10 };
}

export const firstLoadJsSection: Section = {
  name: "first-load-js",
  description: "first-load JavaScript of /shop and a product page (gzipped)",
  usesServer: true,
  async run(context) {
    const server = await context.server();
    const pages = [];
    for (const page of PAGES) pages.push({ ...page, ...(await firstLoadBytes(server.baseUrl, page.path)) });
    return {
      rows: pages.map((page) => ({ section: "first-load-js", metric: `${page.label} first-load JS (${page.chunks} chunks, gzip)`, value: page.gzipKb, unit: "kB", target: `≤ ${TARGET_KB} kB`, ok: page.gzipKb <= TARGET_KB })),
      results: { targetKb: TARGET_KB, pages },
    };
  },
};
