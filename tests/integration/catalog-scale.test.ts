import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog, seedScaledCatalog } from "@/db/seed";
import { DEFAULT_SHOP_QUERY, PAGE_SIZE, type ShopQuery } from "@/lib/catalog/params";
import { listProducts, SEARCH_COUNT_CAP } from "@/lib/catalog/queries";

const list = (query: Partial<ShopQuery>) => listProducts({ ...DEFAULT_SHOP_QUERY, ...query });

// A larger catalogue (as in the search benchmark), where broad searches cross the count cap and
// results span both relevance groups: name matches first, then everything else.
beforeAll(async () => {
  await seedCatalog();
  await seedScaledCatalog(1500);
}, 120_000);

describe("search on a large catalogue", () => {
  it("pages through every match of a search once, name matches first", async () => {
    const first = await list({ q: "tomato" });
    expect(first.totalIsCapped).toBe(false);
    expect(first.pageCount).toBeGreaterThan(2);
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const result = await list({ q: "tomato", page });
      expect(result.page).toBe(page);
      seen.push(...result.items.map((item) => item.name));
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    const lastNamed = seen.findLastIndex((name) => /tomato/i.test(name));
    expect(seen.slice(0, lastNamed + 1).every((name) => /tomato/i.test(name))).toBe(true);
    expect(lastNamed).toBeLessThan(seen.length - 1);
  });

  it("says 1000+ for a search matching more, and still serves its pages", async () => {
    const broad = await list({ q: "veg" });
    expect(broad).toMatchObject({ total: SEARCH_COUNT_CAP, totalIsCapped: true, pageCount: Math.ceil(SEARCH_COUNT_CAP / PAGE_SIZE) });
    expect(broad.items[0].name).toMatch(/veg/i);
    const last = await list({ q: "veg", page: 999 });
    expect(last.page).toBe(broad.pageCount);
    expect(last.items.length).toBeGreaterThan(0);
  });

  it("combines a broad search with filters and a sort", async () => {
    const result = await list({ q: "organic", category: "pantry", inStock: true, sort: "price-desc" });
    expect(result.items).toHaveLength(PAGE_SIZE);
    expect(result.items.every((item) => item.category === "pantry" && item.stock > 0)).toBe(true);
    const prices = result.items.map((item) => item.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
  });
});
