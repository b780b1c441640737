import { describe, expect, it } from "vitest";
import { FLAT_SHIPPING_CENTS, orderTotals, shippingFor } from "@/lib/checkout/pricing";
import { shippingSchema } from "@/lib/checkout/shipping";

describe("shipping and totals", () => {
  it("charges a flat $4.95 below $50 and ships free from $50.00", () => {
    expect(FLAT_SHIPPING_CENTS).toBe(495);
    expect(shippingFor(4999)).toBe(495);
    expect(shippingFor(5000)).toBe(0);
    expect(shippingFor(12_000)).toBe(0);
    expect(shippingFor(0)).toBe(0);
  });

  it("adds lines up in integer cents", () => {
    expect(orderTotals([
      { unitPriceCents: 369, quantity: 2 },
      { unitPriceCents: 1299, quantity: 1 },
    ])).toEqual({ subtotalCents: 2037, shippingCents: 495, totalCents: 2532 });
    expect(orderTotals([{ unitPriceCents: 2500, quantity: 2 }])).toEqual({ subtotalCents: 5000, shippingCents: 0, totalCents: 5000 });
  });
});

describe("shipping details", () => {
  const valid = { name: " Ada Lovelace ", email: "ADA@Example.com", address: "12 Orchard Lane", city: "Portland", postalCode: "97201", country: "US" };

  it("trims, lowercases the email and drops every field that is not a shipping detail", () => {
    const parsed = shippingSchema.parse({ ...valid, priceCents: "1", totalCents: "1" });
    expect(parsed).toEqual({ ...valid, name: "Ada Lovelace", email: "ada@example.com" });
  });

  it("explains each bad field", () => {
    const result = shippingSchema.safeParse({ ...valid, email: "nope", postalCode: "!", country: "XX", city: "" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      email: "Enter a valid email address",
      postalCode: "Enter a valid postal code",
      country: "Choose a country we ship to",
      city: "Enter your city",
    });
  });
});
