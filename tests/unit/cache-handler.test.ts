import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { shopBrowseRewrite } from "@/lib/catalog/shop-url";

const { isMemoryOnly } = createRequire(import.meta.url)("../../lib/cache/bounded-cache-handler.cjs") as {
  isMemoryOnly: (key: string, data: { kind: string }) => boolean;
};

/** A page's key as Next's response cache builds it: route-cache namespace, then the path. */
const pageKey = (address: string) => `/route-cache/APP_PAGE/0123abcd/$${shopBrowseRewrite(new URL(address, "http://shop.test"))}`;
const page = { kind: "APP_PAGE" };

describe("what the cache keeps off the disk", () => {
  it("keeps every search in memory only, whatever else the view filters", () => {
    for (const address of ["/shop?q=kale", "/shop?sort=name&q=oat%20milk", "/shop?category=pantry&q=%2F%25"]) {
      expect(isMemoryOnly(pageKey(address), page), address).toBe(true);
      expect(isMemoryOnly(decodeURIComponent(pageKey(address)), page), address).toBe(true);
    }
  });

  it("writes browse views and product pages to disk, and no data entry", () => {
    for (const address of ["/shop", "/shop?category=pantry&sort=name", "/shop?tag=vegan&page=2", "/shop?q=%20%20"]) {
      expect(isMemoryOnly(pageKey(address), page), address).toBe(false);
    }
    expect(isMemoryOnly("/route-cache/APP_PAGE/0123abcd/$/shop/quinoa-q", page)).toBe(false);
    expect(isMemoryOnly("d1f0e2", { kind: "FETCH" })).toBe(true);
  });
});
