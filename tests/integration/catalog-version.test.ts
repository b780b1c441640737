import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedCatalog } from "@/db/seed";
import { findRecipes } from "@/lib/assistant/tools/catalog";
import { catalogVersion } from "@/lib/catalog/version";
import { expectEachToMoveCatalogVersion } from "../support/catalog";

// Stands in for Next's cache: records which tags a change cleared.
const cleared = vi.hoisted(() => [] as string[]);
// Set to a Next error message to make the next call fail the way Next refuses a revalidation.
const refusal = vi.hoisted(() => ({ next: undefined as string | undefined }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => {
    const message = refusal.next;
    refusal.next = undefined;
    if (message) throw new Error(message);
    cleared.push(tag);
  },
}));

beforeAll(async () => {
  await seedCatalog();
});

const execute = (sql: string, args: (string | number)[] = []) => getDb().$client.execute({ sql, args });

describe("the catalogue version", () => {
  it("moves with every change to products, stock, recipes and their ingredients, whoever makes it", async () => {
    await expectEachToMoveCatalogVersion([
      "update products set stock = stock + 1 where id = (select min(id) from products)",
      "update products set price_cents = price_cents + 1 where id = (select min(id) from products)",
      "update recipes set summary = summary || '.' where id = (select min(id) from recipes)",
      "update recipe_ingredients set units = units + 1 where id = (select min(id) from recipe_ingredients)",
    ]);
  });

  it("stays put when nothing the catalogue shows changed", async () => {
    const before = await catalogVersion();
    await execute("insert into rate_limits (key, count, window_start) values ('catalog-version-test', 1, 0)");
    expect(await catalogVersion()).toBe(before);
  });
});

describe("recipe answers after a change", () => {
  it("quote an ingredient's new quantity even when the change keeps every count and length the same", async () => {
    const [row] = (await execute("select ri.id, ri.quantity, r.title from recipe_ingredients ri join recipes r on r.id = ri.recipe_id where ri.quantity glob '[1-8]*' order by ri.id limit 1")).rows;
    const title = String(row.title);
    const quantity = String(row.quantity);
    const changed = `${Number(quantity[0]) + 1}${quantity.slice(1)}`;
    const quantities = async () =>
      (await findRecipes({ query: title, limit: 3 })).recipes.find((recipe) => recipe.title === title)?.ingredients.map((ingredient) => ingredient.quantity) ?? [];

    expect(await quantities()).toContain(quantity);
    await execute("update recipe_ingredients set quantity = ? where id = ?", [changed, Number(row.id)]);
    expect(await quantities()).toContain(changed);
  });
});

describe("cached pages after a change", () => {
  it("are cleared once the change is committed, and left alone when nothing the catalogue shows changed", async () => {
    const { catalogChanged } = await import("@/lib/catalog/cache");
    await catalogChanged();
    cleared.length = 0;
    await catalogChanged();
    expect(cleared).toEqual([]);

    await execute("update products set stock = stock + 2 where id = (select max(id) from products)");
    await catalogChanged();
    expect(cleared.sort()).toEqual(["catalog", "products"]);
  });
});

describe("a change seen where nothing can be cleared", () => {
  it("is cleared by the next call that can clear it: a background sweep or a page render never uses up a change", async () => {
    const { catalogChanged } = await import("@/lib/catalog/cache");
    for (const message of [
      "Invariant: static generation store missing in revalidateTag catalog",
      'Route "/checkout": `revalidateTag catalog` can\'t be called during render. Call it from a Server Action or Route Handler instead.',
    ]) {
      await execute("update products set stock = stock + 1 where id = (select min(id) from products)");
      refusal.next = message;
      await catalogChanged();
      cleared.length = 0;
      // The shopper's or operator's own request, right after.
      await catalogChanged();
      expect(cleared.sort(), message).toEqual(["catalog", "products"]);
    }
  });
});
