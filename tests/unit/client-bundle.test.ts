import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cruise, type IModule, type IReporterOutput } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const config = require("../../.dependency-cruiser.cjs");

// What a first visit to `/`, `/shop` (and its category views) or a product page loads: the
// document's layout, the error and not-found boundaries Next ships with every page, and the pages.
const SHOP_ENTRIES = [
  "app/[locale]/layout.tsx",
  "app/[locale]/error.tsx",
  "app/[locale]/not-found.tsx",
  "app/[locale]/home/[edition]/page.tsx",
  "app/[locale]/(store)/shop/page.tsx",
  "app/[locale]/(store)/shop/browse/[view]/page.tsx",
  "app/[locale]/(store)/shop/[slug]/page.tsx",
];

// next-intl's client side brings its ICU formatter (intl-messageformat), about 12 kB gzipped.
const CLIENT_TRANSLATION = /node_modules\/(next-intl|use-intl|intl-messageformat|@formatjs)\//;

const isClientModule = (source: string) => /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(readFileSync(source, "utf8"));

/**
 * The modules a browser downloads for these pages: every "use client" module the server
 * components import, and everything those import in turn (type-only imports weigh nothing).
 * Returns each import of client translation from that client code, as "importer → package".
 */
async function clientTranslationImports(entries: string[]): Promise<string[]> {
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
    seen.add(key);
    const inClient = client || isClientModule(source);
    for (const dependency of module.dependencies) {
      if (dependency.dependencyTypes.includes("type-only")) continue;
      if (inClient && CLIENT_TRANSLATION.test(dependency.resolved)) found.add(`${source} → ${dependency.module}`);
      visit(dependency.resolved, inClient);
    }
  };
  for (const entry of entries) visit(entry, false);
  return [...found].sort();
}

describe("the shop pages' browser JavaScript", () => {
  it("carries no client-side translation: server components translate, client leaves get plain strings", async () => {
    expect(await clientTranslationImports(SHOP_ENTRIES)).toEqual([]);
  }, 120_000);
});
