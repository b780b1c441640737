import { expect } from "vitest";
import { getDb } from "@/db/client";
import { categories, products } from "@/db/schema";
import { catalogVersion } from "@/lib/catalog/version";

let counter = 0;

/** A product made for one test, so its stock and price are the test's to control. */
export async function createProduct(overrides: Partial<typeof products.$inferInsert> = {}) {
  counter += 1;
  await getDb()
    .insert(categories)
    .values({ slug: "pantry", name: "Pantry", sortOrder: 1 })
    .onConflictDoNothing();
  const [product] = await getDb()
    .insert(products)
    .values({
      slug: `test-product-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      name: `Test Product ${counter}`,
      description: "A product made for a test.",
      category: "pantry",
      tags: ["vegan"],
      priceCents: 450,
      stock: 10,
      ...overrides,
    })
    .returning();
  return product;
}

/** Runs each SQL statement in turn, expecting every one of them to move the catalogue version. */
export async function expectEachToMoveCatalogVersion(statements: string[]) {
  for (const statement of statements) {
    const before = await catalogVersion();
    await getDb().$client.execute(statement);
    expect(await catalogVersion(), statement).toBeGreaterThan(before);
  }
}
