import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { products, recipes } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { addRecipeToCart, findRecipes } from "@/lib/assistant/tools/catalog";
import { deliveryCountries, listPlans, productDetails, shippingQuote } from "@/lib/assistant/tools/shop-facts";
import { ensureCart, getCart, newCartId } from "@/lib/cart";
import { FREE_SHIPPING_FROM_CENTS } from "@/lib/checkout/pricing";
import { SHIPPING_COUNTRIES } from "@/lib/checkout/shipping";

beforeAll(async () => {
  await seedCatalog();
});

describe("the assistant's shop tools", () => {
  it("productDetails gives origin, sustainability and organic from the database", async () => {
    const { products: found } = await productDetails({ query: "basmati rice" });
    const [row] = await getDb().select().from(products).where(eq(products.slug, found[0].slug));
    expect(found[0]).toMatchObject({ origin: row.origin, sustainability: row.sustainability, priceCents: row.priceCents, organic: row.tags.includes("organic") });
    expect(found[0].origin.length).toBeGreaterThan(0);
  });

  it("shippingQuote does the checkout's arithmetic: $46 is not free, $4 short", () => {
    expect(shippingQuote({ subtotalCents: 4600 })).toMatchObject({ shippingCents: 495, missingForFreeCents: FREE_SHIPPING_FROM_CENTS - 4600 });
    expect(shippingQuote({ subtotalCents: 5000 })).toMatchObject({ shippingCents: 0, missingForFreeCents: 0 });
    expect(shippingQuote({})).toMatchObject({ subtotalCents: null, freeShippingFromCents: 5000 });
  });

  it("listPlans works out the cheapest per month from the plan prices", () => {
    const result = listPlans();
    expect(result.cheapestPerMonth).toBe("quarterly");
    expect(result.plans.find((plan) => plan.id === "annual")?.perMonthCents).toBe(417);
  });

  it("deliveryCountries checks the checkout's list, by name, code or local name", () => {
    expect(deliveryCountries({ country: "Norway" }).asked).toEqual({ query: "Norway", name: null, ships: false });
    expect(deliveryCountries({ country: "Deutschland" }).asked).toMatchObject({ name: "Germany", ships: true });
    expect(deliveryCountries({}).countries).toHaveLength(SHIPPING_COUNTRIES.length);
  });

  it("servings scale the same recipe's quantities and cost, and the cart gets the scaled units", async () => {
    const [curry] = await getDb().select().from(recipes).where(eq(recipes.slug, "chickpea-spinach-coconut-curry"));
    const asWritten = (await findRecipes({ query: "coconut curry" })).recipes.find((recipe) => recipe.id === curry.id);
    const forEight = (await findRecipes({ query: "coconut curry", servings: 8 })).recipes.find((recipe) => recipe.id === curry.id);
    expect(forEight).toMatchObject({ servings: 8, baseServings: 4 });
    expect(forEight?.totalCents).toBe((asWritten?.totalCents ?? 0) * 2);
    const chickpeas = forEight?.ingredients.find((ingredient) => ingredient.product.slug === "canned-chickpeas");
    expect(chickpeas?.units).toBe(4);
    const cartId = newCartId();
    await ensureCart(cartId);
    await addRecipeToCart(cartId, curry.id, { servings: 8 });
    const cart = await getCart(cartId);
    expect(cart.lines.find((line) => line.name.startsWith("Chickpeas in Water"))?.quantity).toBe(4);
  });
});
