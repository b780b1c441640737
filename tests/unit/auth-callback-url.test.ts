import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("callbackUrl after sign-in", () => {
  it("keeps a path on this site, with its query and hash", () => {
    expect(safeCallbackUrl("/orders/ord_123")).toBe("/orders/ord_123");
    expect(safeCallbackUrl("/shop?q=tomato&page=2#results")).toBe("/shop?q=tomato&page=2#results");
    expect(safeCallbackUrl("/plans")).toBe("/plans");
  });

  it("defaults to /account when there is none", () => {
    expect(safeCallbackUrl(undefined)).toBe("/account");
    expect(safeCallbackUrl("")).toBe("/account");
    expect(safeCallbackUrl(null)).toBe("/account");
    expect(safeCallbackUrl(undefined, "/cart")).toBe("/cart");
  });

  it.each([
    "https://evil.example/steal",
    "//evil.example/steal",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/%0d%0aLocation:%20https://evil.example".replace(/%0d%0a/, "\r\n"),
    "account",
    " /account",
    "/.//evil.com",
    "/..//evil.com",
    "/./..//evil.com/path?x=1",
    "/a/..//evil.com",
    "/%2e//evil.com",
    decodeURIComponent("%2F.%2F%2Fevil.com"),
  ])("refuses %j and falls back", (value) => {
    expect(safeCallbackUrl(value)).toBe("/account");
  });

  it("does not send a signed-in user back to the sign-in pages", () => {
    expect(safeCallbackUrl("/login")).toBe("/account");
    expect(safeCallbackUrl("/register?callbackUrl=%2Fcart")).toBe("/account");
  });

  it("returns only paths that are themselves safe, whatever was typed", () => {
    for (const value of ["/.//evil.com", "/..//evil.com", "/shop/./x", "/%2F%2Fevil.com", "/a/b/../c?d=/e//f"]) {
      const result = safeCallbackUrl(value);
      expect(result.startsWith("/") && !result.startsWith("//") && !result.startsWith("/\\"), `${value} → ${result}`).toBe(true);
      expect(safeCallbackUrl(result)).toBe(result);
    }
  });

  it("normalises dot segments so they cannot climb out of the site", () => {
    expect(safeCallbackUrl("/a/../../orders")).toBe("/orders");
  });
});
