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
 * What a browser downloads with these pages: every "use client" module the server components import,
 * and everything those import in turn (`modules`, the app's own files), and the packages among those
 * imports (`imports`). Not followed: type-only imports (they weigh nothing), dynamic imports (a chunk
 * of their own, fetched where rendered) and server actions (the browser gets a reference).
 */
async function eagerClientGraph(entries: string[]): Promise<{ modules: string[]; imports: Map<string, string> }> {
  // Packages are listed as dependencies (the shared options leave them out altogether) but not followed.
  const options = { ...config.options, exclude: { path: "^(\\.next|data|tests|bench|scripts)" }, validate: false };
  const result: IReporterOutput = await cruise(entries, options);
  if (typeof result.output === "string") throw new Error(result.output);
  const modules = new Map<string, IModule>(result.output.modules.map((module) => [module.source, module]));
  const clientModules = new Set<string>();
  // "importer → package" → the file it resolved to (the package's path in node_modules).
  const imports = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (source: string, client: boolean) => {
    const key = `${client}:${source}`;
    const module = modules.get(source);
    if (seen.has(key) || !module || module.coreModule || !/^(app|components|lib|db|i18n|messages)\//.test(source)) return;
    if (client && directive(source, "use server")) return;
    seen.add(key);
    const inClient = client || directive(source, "use client");
    if (inClient) clientModules.add(source);
    for (const dependency of module.dependencies) {
      if (dependency.dependencyTypes.includes("type-only")) continue;
      if (inClient && dependency.dependencyTypes.includes("dynamic-import")) continue;
      if (inClient && dependency.resolved.includes("node_modules/")) imports.set(`${source} → ${dependency.module}`, dependency.resolved);
      visit(dependency.resolved, inClient);
    }
  };
  for (const entry of entries) visit(entry, false);
  return { modules: [...clientModules].sort(), imports };
}

/** The packages matching `packages` in these pages' browser JavaScript, each as "importer → package". */
async function eagerClientImports(entries: string[], packages: RegExp): Promise<string[]> {
  const { imports } = await eagerClientGraph(entries);
  return [...imports].filter(([, resolved]) => packages.test(resolved)).map(([line]) => line).sort();
}

describe("the browser JavaScript of the pages a shopper arrives on", () => {
  it("shop pages carry no client-side translation: server components translate, client leaves get plain strings", async () => {
    expect(await eagerClientImports([...EVERY_PAGE, ...SHOP_PAGES], CLIENT_TRANSLATION)).toEqual([]);
  }, 120_000);

  it("the plans list and the checkout load their card and shipping forms only where they are shown", async () => {
    const pages = ["app/[locale]/(store)/plans/page.tsx", "app/[locale]/(store)/checkout/page.tsx"];
    expect(await eagerClientImports([...EVERY_PAGE, ...pages], CARD_FORM)).toEqual([]);
  }, 120_000);

  it("every page ships only the header's island and the error page; the not-found page loads when one is shown", async () => {
    // The layout's client code, on every first visit. Not the not-found page's markup and links
    // (components/layout/not-found-body.tsx, imported where it is rendered): few visits see one.
    expect((await eagerClientGraph(EVERY_PAGE)).modules).toEqual([
      "app/[locale]/error.tsx",
      "components/layout/boundary-pages.tsx",
      "components/layout/cart-events.ts",
      "components/layout/header-session.tsx",
      "components/layout/me.ts",
      "components/ui/button.tsx",
    ]);
  }, 120_000);

  it("a product page's add-to-cart form renders on the server; the browser gets only the parts that follow its answer", async () => {
    const { modules } = await eagerClientGraph([...EVERY_PAGE, "app/[locale]/(store)/shop/[slug]/page.tsx"]);
    expect(modules).toContain("components/shop/add-to-cart-state.tsx");
    // The label and the form's layout (add-to-cart-form.tsx, ui/field-frame.tsx) are server markup, and
    // components/ui/field.tsx (text, select and text-area fields) is for the account, checkout and admin forms.
    for (const server of ["components/shop/add-to-cart-form.tsx", "components/ui/field-frame.tsx", "components/ui/field.tsx"]) expect(modules).not.toContain(server);
  }, 120_000);

  it("listing pages send their cards as data for the card's code to draw; a product page draws its few on the server", async () => {
    for (const listing of ["app/[locale]/home/[edition]/page.tsx", "app/[locale]/(store)/shop/browse/[view]/page.tsx"]) {
      expect((await eagerClientGraph([listing])).modules).toContain("components/shop/shop-card-client.tsx");
    }
    const product = (await eagerClientGraph(["app/[locale]/(store)/shop/[slug]/page.tsx"])).modules;
    for (const card of ["components/shop/shop-card-client.tsx", "components/shop/shop-card.tsx", "components/shop/product-image.tsx"]) expect(product).not.toContain(card);
  }, 120_000);
});
