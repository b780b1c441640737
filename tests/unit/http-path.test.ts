import { describe, expect, it } from "vitest";
import { isWellFormedPath } from "@/lib/http/path";

describe("malformed percent-escapes in a path", () => {
  it.each(["/shop/%zz", "/orders/%E0%A4%A", "/%", "/cart/%C3"])("refuses %s", (path) => {
    expect(isWellFormedPath(path)).toBe(false);
  });

  it.each(["/shop", "/shop/organic-baby-spinach", "/shop/caf%C3%A9", "/orders/ord_123", "/%20"])("accepts %s", (path) => {
    expect(isWellFormedPath(path)).toBe(true);
  });
});
