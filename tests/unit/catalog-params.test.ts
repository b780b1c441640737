import { describe, expect, it } from "vitest";
import { DEFAULT_SHOP_QUERY, parseShopParams, shopHref } from "@/lib/catalog/params";

describe("shop query parameters", () => {
  it("reads a full, valid query", () => {
    expect(parseShopParams({ q: "  cherry   tomatoes ", category: "fresh-produce", tag: "organic", inStock: "1", sort: "price-desc", page: "3" })).toEqual({
      q: "cherry tomatoes",
      category: "fresh-produce",
      tag: "organic",
      inStock: true,
      sort: "price-desc",
      page: 3,
    });
  });

  it("turns nonsense into defaults, one parameter at a time", () => {
    expect(parseShopParams({ category: "../../etc", tag: "<script>", inStock: "maybe", sort: "cheapest", page: "-4" })).toEqual(DEFAULT_SHOP_QUERY);
    expect(parseShopParams({ page: "2.5" }).page).toBe(1);
    expect(parseShopParams({ page: "abc" }).page).toBe(1);
    expect(parseShopParams({ page: "999999" }).page).toBe(1);
    expect(parseShopParams({ q: "oats", sort: "bogus" })).toEqual({ ...DEFAULT_SHOP_QUERY, q: "oats" });
  });

  it("takes the first of repeated parameters and trims an overlong search", () => {
    expect(parseShopParams({ q: ["kale", "oats"], page: ["2", "9"] })).toMatchObject({ q: "kale", page: 2 });
    expect(parseShopParams({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("builds links with only what differs from the defaults, back on page 1 when a filter changes", () => {
    const query = parseShopParams({ q: "oat milk", category: "drinks", page: "2" });
    expect(shopHref(query)).toBe("/shop?q=oat+milk&category=drinks");
    expect(shopHref(query, { page: 3 })).toBe("/shop?q=oat+milk&category=drinks&page=3");
    expect(shopHref(query, { category: null, inStock: true, sort: "name" })).toBe("/shop?q=oat+milk&inStock=1&sort=name");
    expect(shopHref(DEFAULT_SHOP_QUERY)).toBe("/shop");
  });
});
