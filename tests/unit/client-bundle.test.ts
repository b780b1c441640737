import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cruise, type IModule, type IReporterOutput } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const config = require("../../.dependency-cruiser.cjs");

// What every page loads: the document's layout and the error and not-found pages Next ships with it.
const EVERY_PAGE = ["app/[locale]/layout.tsx", "app/[locale]/error.tsx", "app/[locale]/not-found.tsx"];

// A first visit to `/`, `/shop` (and its category views) or a product page.
const SHOP_PAGES = ["app/[locale]/home/[edition]/page.tsx", "app/[locale]/(store)/shop/page.tsx", "app/[locale]/(store)/shop/browse/[view]/page.tsx", "app/[locale]/(store)/shop/[slug]/page.tsx"];

// next-intl's client side brings its ICU formatter (intl-messageformat), about 12 kB gzipped.
const CLIENT_TRANSLATION = /node_modules\/(next-intl|use-intl|intl-messageformat|@formatjs)\//;
// The card forms' weight: Stripe.js, zod (the sandbox's card checks) and the client formatter, about 55 kB.
const CARD_FORM = /node_modules\/(@stripe|zod|next-intl|use-intl|intl-messageformat)\//;

const directive = (source: string, name: string) => new RegExp(`^\\s*(//[^\\n]*\\n\\s*|/\\*[\\s\\S]*?\\*/\\s*)*["']${name}["']`).test(readFileSync(source, "utf8"));

/**
 * The packages a browser downloads with these pages: those imported by every "use client" module
 * the server components import, and by everything those import in turn. Not followed: type-only
 * imports (they weigh nothing), dynamic imports (a chunk of their own, fetched where rendered) and
 * server actions (the browser gets a reference). Returns each match as "importer → package".
 */
async function eagerClientImports(entries: string[], packages: RegExp): Promise<string[]> {
  // Packages are listed as dependencies (the shared options leave them out altogether) but not followed.
  const options = { ...config.options, exclude: { path: "^(\\.next|data|tests|bench|scripts)" }, validate: false };
  const result: IReporterOutput = await cruise(entries, options);
  if (typeof result.output === "string") throw new Error(result.output);
  const modules = new Map<string, IModule>(result.output.modules.map((module) => [module.source, module]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (source: string, client: boolean) => {
    const key = `${client}:${source}`;
    const module = modules.get(source);
    if (seen.has(key) || !module || module.coreModule || !/^(app|components|lib|db|i18n|messages)\//.test(source)) return;
    if (client && directive(source, "use server")) return;
    seen.add(key);
    const inClient = client || directive(source, "use client");
    for (const dependency of module.dependencies) {
      if (dependency.dependencyTypes.includes("type-only")) continue;
      if (inClient && dependency.dependencyTypes.includes("dynamic-import")) continue;
      if (inClient && packages.test(dependency.resolved)) found.add(`${source} → ${dependency.module}`);
      visit(dependency.resolved, inClient);
    }
  };
  for (const entry of entries) visit(entry, false);
  return [...found].sort();
}

describe("the browser JavaScript of the pages a shopper arrives on", () => {
  it("shop pages carry no client-side translation: server components translate, client leaves get plain strings", async () => {
    expect(await eagerClientImports([...EVERY_PAGE, ...SHOP_PAGES], CLIENT_TRANSLATION)).toEqual([]);
  }, 120_000);

  it("the plans list and the checkout load their card and shipping forms only where they are shown", async () => {
    const pages = ["app/[locale]/(store)/plans/page.tsx", "app/[locale]/(store)/checkout/page.tsx"];
    expect(await eagerClientImports([...EVERY_PAGE, ...pages], CARD_FORM)).toEqual([]);
  }, 120_000);
});
