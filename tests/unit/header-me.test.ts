import { describe, expect, it } from "vitest";
import { parseMe } from "@/components/layout/me";

describe("the header's reading of /api/me", () => {
  it("takes a visitor's and a signed-in shopper's answer as they are", () => {
    expect(parseMe({ cartCount: 0, user: null })).toEqual({ cartCount: 0, user: null });
    const shopper = { cartCount: 3, user: { name: null, email: "sam@example.com", role: "customer" } };
    expect(parseMe({ ...shopper, extra: true })).toEqual(shopper);
  });

  it("refuses anything else: an error page's body, a wrong count, an unknown role", () => {
    for (const body of [null, "<html>", [], {}, { cartCount: -1, user: null }, { cartCount: 1.5, user: null }, { cartCount: "2", user: null }, { cartCount: 1 }, { cartCount: 1, user: { name: 1, email: null, role: "customer" } }, { cartCount: 1, user: { name: null, email: null, role: "owner" } }]) {
      expect(parseMe(body), JSON.stringify(body)).toBeNull();
    }
  });
});
