import { describe, expect, it } from "vitest";
import { NextRequest, type NextFetchEvent } from "next/server";
import middleware from "@/middleware";
import { mergeVary } from "@/lib/http/vary";

// One address (/shop) answers in the language the NEXT_LOCALE cookie or Accept-Language chose, so a
// shared cache must be told (Vary) which request headers to key its copies on.

async function visit(path: string, headers: Record<string, string> = {}) {
  return middleware(new NextRequest(new URL(path, "http://127.0.0.1:3000"), { headers }), {} as NextFetchEvent);
}

const varied = (response: Response) => (response.headers.get("vary") ?? "").split(",").map((part) => part.trim().toLowerCase());

describe("the language a page is served in", () => {
  it("is named in Vary wherever the cookie or Accept-Language chose it", async () => {
    for (const [path, headers] of [
      ["/shop", { "accept-language": "es-ES,es;q=0.9" }],
      ["/", {}],
      ["/cart", { cookie: "NEXT_LOCALE=de" }],
      ["/shop/no-such-product", { "accept-language": "de" }],
    ] as const) {
      const response = await visit(path, headers);
      expect(response.headers.get("x-middleware-rewrite"), path).toBeTruthy();
      expect(varied(response), path).toEqual(expect.arrayContaining(["accept-language", "cookie"]));
    }
  });

  it("is not, where the address names its language or the answer is no page", async () => {
    expect(varied(await visit("/es/shop", { "accept-language": "de" }))).not.toContain("accept-language");
    expect(varied(await visit("/api/locale"))).not.toContain("accept-language");
  });
});

describe("Vary set twice on one response", () => {
  it("keeps both lists, without repeats", () => {
    expect(mergeVary("Accept-Language, Cookie", "RSC, Next-Router-State-Tree")).toBe("Accept-Language, Cookie, RSC, Next-Router-State-Tree");
    expect(mergeVary(["Accept-Language", "cookie"], "Cookie, Accept-Encoding")).toBe("Accept-Language, cookie, Accept-Encoding");
    expect(mergeVary("Accept-Language", "*")).toBe("*");
  });
});
