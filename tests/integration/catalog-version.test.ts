import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { seedCatalog } from "@/db/seed";
import { findRecipes } from "@/lib/assistant/tools/catalog";
import { catalogVersion } from "@/lib/catalog/version";

// Stands in for Next's cache: records which tags a change cleared.
const cleared = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidateTag: (tag: string) => cleared.push(tag),
}));

beforeAll(async () => {
  await seedCatalog();
});

const execute = (sql: string, args: (string | number)[] = []) => getDb().$client.execute({ sql, args });

describe("the catalogue version", () => {
  it("moves with every change to products, stock, recipes and their ingredients, whoever makes it", async () => {
    const changes = [
      "update products set stock = stock + 1 where id = (select min(id) from products)",
      "update products set price_cents = price_cents + 1 where id = (select min(id) from products)",
      "update recipes set summary = summary || '.' where id = (select min(id) from recipes)",
      "update recipe_ingredients set units = units + 1 where id = (select min(id) from recipe_ingredients)",
    ];
    for (const change of changes) {
      const before = await catalogVersion();
      await execute(change);
      expect(await catalogVersion(), change).toBeGreaterThan(before);
    }
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
