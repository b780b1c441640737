import { describe, expect, it } from "vitest";
import { parseMe } from "@/components/layout/me";

describe("the header's reading of /api/me", () => {
  it("takes a visitor's and a signed-in shopper's answer as they are", () => {
    expect(parseMe({ cartCount: 0, cartLabel: "Cart, 0 items", user: null })).toEqual({ cartCount: 0, cartLabel: "Cart, 0 items", user: null });
    const shopper = { cartCount: 3, cartLabel: "Carrito, 3 artículos", user: { name: null, email: "sam@example.com", role: "customer" } };
    expect(parseMe({ ...shopper, extra: true })).toEqual(shopper);
  });

  it("refuses anything else: an error page's body, a wrong count, an unknown role", () => {
    for (const body of [null, "<html>", [], {}, { cartCount: -1, cartLabel: "Cart", user: null }, { cartCount: 1.5, cartLabel: "Cart", user: null }, { cartCount: "2", cartLabel: "Cart", user: null }, { cartCount: 1, user: null }, { cartCount: 1, cartLabel: 1, user: null }, { cartCount: 1, cartLabel: "Cart" }, { cartCount: 1, cartLabel: "Cart", user: { name: 1, email: null, role: "customer" } }, { cartCount: 1, cartLabel: "Cart", user: { name: null, email: null, role: "owner" } }]) {
      expect(parseMe(body), JSON.stringify(body)).toBeNull();
    }
  });
});
