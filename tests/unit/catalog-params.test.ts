import { describe, expect, it } from "vitest";
import { DEFAULT_SHOP_QUERY, parseShopParams, shopHref } from "@/lib/catalog/params";
import { shopBrowseRewrite, shopBrowseView } from "@/lib/catalog/shop-url";

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

describe("cached browse views", () => {
  const view = (search: string) => shopBrowseView(new URLSearchParams(search));

  it("gives every browse and every search a canonical key", () => {
    expect(view("q=tomato")).toBe("q=tomato");
    expect(view("q=%20cherry%20%20tomatoes%20&category=pantry&utm=x")).toBe("q=cherry+tomatoes&category=pantry");
    expect(view(`q=${"x".repeat(500)}`)).toBe(`q=${"x".repeat(100)}`);
    expect(view("")).toBe("all");
    expect(view("q=%20%20&page=1")).toBe("all");
    expect(view("sort=name&inStock=1&category=Pantry&utm=x")).toBe("category=pantry&inStock=1&sort=name");
  });

  it("reads a view exactly as /shop reads the same query string", () => {
    for (const search of [
      "category=bakery&tag=vegan&inStock=true&sort=price-desc&page=3",
      "category=%20Drinks%20&page=02",
      "page=1e2&sort=bogus&inStock=0",
      "page=-1&category=../x&tag=%3Cb%3E",
      "page=2.5&inStock=on&tag=gluten-free",
      "page=1000&sort=newest",
      "page=1001",
      "q=%20Oat%20%20milk%20&sort=price-asc&page=2",
      "q=a%2Fb%25c%3F%23&inStock=1",
      "q=caf%C3%A9%20cr%C3%A8me&tag=vegan",
      `q=${"é".repeat(150)}`,
    ]) {
      const direct = parseShopParams(Object.fromEntries(new URLSearchParams(search)));
      const key = view(search);
      const viaView = parseShopParams(Object.fromEntries(new URLSearchParams(key === "all" ? "" : (key ?? ""))));
      expect(viaView, search).toEqual(direct);
    }
  });

  it("rewrites only /shop, to a path that survives as one segment", () => {
    expect(shopBrowseRewrite(new URL("http://shop.test/shop?category=bakery&page=2"))).toBe("/shop/browse/category%3Dbakery%26page%3D2");
    expect(shopBrowseRewrite(new URL("http://shop.test/shop"))).toBe("/shop/browse/all");
    expect(shopBrowseRewrite(new URL("http://shop.test/shop?q=kale%2Fpie"))).toBe("/shop/browse/q%3Dkale%252Fpie");
    expect(shopBrowseRewrite(new URL("http://shop.test/shop/kale"))).toBeNull();
  });
});
