import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products, recipes } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { addRecipeToCart, checkStock, findRecipes, searchProducts } from "@/lib/assistant/tools/catalog";
import { findRecipesInput } from "@/lib/assistant/tools/schemas";
import { addItem, ensureCart, getCart, newCartId } from "@/lib/cart";
import { DEFAULT_SHOP_QUERY } from "@/lib/catalog/params";
import { listProducts } from "@/lib/catalog/queries";

async function setStock(slug: string, stock: number) {
  await getDb().update(products).set({ stock }).where(eq(products.slug, slug));
}

async function recipeId(slug: string) {
  const [row] = await getDb().select({ id: recipes.id }).from(recipes).where(eq(recipes.slug, slug));
  return row.id;
}

async function productId(slug: string) {
  const [row] = await getDb().select({ id: products.id }).from(products).where(eq(products.slug, slug));
  return row.id;
}

async function freshCart() {
  const id = newCartId();
  await ensureCart(id);
  return id;
}

beforeAll(async () => {
  await seedCatalog();
});

describe("searchProducts", () => {
  it("finds products by stemmed words with live price, stock and a link", async () => {
    const { products: found } = await searchProducts({ query: "chickpea" });
    const names = found.map((product) => product.name);
    expect(names).toContain("Chickpeas in Water (400 g can)");
    expect(names).toContain("Organic Dried Chickpeas (500 g)");
    const canned = found.find((product) => product.slug === "canned-chickpeas");
    expect(canned).toMatchObject({ priceCents: 129, stock: 90, status: "in_stock", url: "/shop/canned-chickpeas" });
  });

  it("can leave out what is sold out, and reads search syntax in the query as plain words", async () => {
    const all = await searchProducts({ query: "oat milk" });
    expect(all.products.map((product) => product.slug)).toContain("unsweetened-oat-milk");
    const inStock = await searchProducts({ query: "oat milk", inStockOnly: true });
    expect(inStock.products.map((product) => product.slug)).not.toContain("unsweetened-oat-milk");
    expect(inStock.products.map((product) => product.slug)).toContain("barista-oat-milk");
    await expect(searchProducts({ query: '"chick* OR (NEAR' })).resolves.toMatchObject({ products: expect.any(Array) });
  });

  it("finds what the shop's search box finds, in the same order: half-typed words too", async () => {
    for (const query of ["chickpea", "organi", "oat milk", "puy lentils", "tomatoes basil"]) {
      const shop = await listProducts({ ...DEFAULT_SHOP_QUERY, q: query });
      const { products: found } = await searchProducts({ query, limit: 5 });
      expect(found.length, query).toBeGreaterThan(0);
      expect(found.map((product) => product.slug), query).toEqual(shop.items.slice(0, 5).map((product) => product.slug));
    }
    const inStock = await listProducts({ ...DEFAULT_SHOP_QUERY, q: "oat milk", inStock: true });
    const { products: found } = await searchProducts({ query: "oat milk", inStockOnly: true, limit: 10 });
    expect(found.map((product) => product.slug)).toEqual(inStock.items.slice(0, 10).map((product) => product.slug));
  });
});

describe("checkStock", () => {
  it("reads the stock as it is now and names unknown products", async () => {
    await setStock("smoked-tofu", 3);
    try {
      const result = await checkStock(["smoked-tofu", "no-such-thing"]);
      expect(result.products).toEqual([expect.objectContaining({ slug: "smoked-tofu", stock: 3, status: "low_stock" })]);
      expect(result.notFound).toEqual(["no-such-thing"]);
    } finally {
      await setStock("smoked-tofu", 22);
    }
  });
});

describe("findRecipes", () => {
  it("only returns recipes whose required ingredients can be bought now", async () => {
    const { recipes: found } = await findRecipes({ limit: 5 });
    expect(found.length).toBeGreaterThan(0);
    for (const recipe of found) {
      for (const ingredient of recipe.ingredients.filter((i) => !i.optional)) expect(ingredient.available).toBe(true);
    }
  });

  it("reads a changed price or name at once, even right after the same question", async () => {
    const curry = async () => (await findRecipes({ ingredients: ["chickpeas"], meal: "dinner" })).recipes.find((recipe) => recipe.slug === "chickpea-spinach-coconut-curry");
    const before = await curry();
    expect(before?.ingredients[0].product).toMatchObject({ slug: "canned-chickpeas", priceCents: 129 });
    await getDb().update(products).set({ priceCents: 139, name: "Chickpeas in Spring Water (400 g can)" }).where(eq(products.slug, "canned-chickpeas"));
    try {
      const after = await curry();
      expect(after?.ingredients[0].product).toMatchObject({ priceCents: 139, name: "Chickpeas in Spring Water (400 g can)" });
      expect(after?.totalCents).toBe((before?.totalCents ?? 0) + 20);
    } finally {
      await getDb().update(products).set({ priceCents: 129, name: "Chickpeas in Water (400 g can)" }).where(eq(products.slug, "canned-chickpeas"));
    }
  });

  it("swaps a sold-out ingredient for its in-stock substitute, priced", async () => {
    const { recipes: found } = await findRecipes({ ingredients: ["oats"], meal: "breakfast" });
    const oats = found.find((recipe) => recipe.slug === "peanut-butter-banana-overnight-oats");
    const milk = oats?.ingredients.find((ingredient) => ingredient.product.slug === "unsweetened-oat-milk");
    expect(milk).toMatchObject({ available: true, lineCents: 269, product: { status: "sold_out" }, substitute: { slug: "barista-oat-milk" } });
  });

  it("explains a matching recipe it cannot recommend because an ingredient sold out", async () => {
    await setStock("free-range-eggs", 0);
    try {
      const result = await findRecipes({ ingredients: ["eggs"] });
      expect(result.recipes.map((recipe) => recipe.slug)).not.toContain("kale-cheddar-frittata");
      expect(result.excluded).toContainEqual(expect.objectContaining({ title: "Kale & Cheddar Frittata", reason: "sold_out", missing: ["Free-Range Eggs (6)"] }));
    } finally {
      await setStock("free-range-eggs", 60);
    }
  });

  it("applies diet, meal, servings, time and budget filters", async () => {
    const { recipes: found, excluded } = await findRecipes({ diet: ["gluten-free"], meal: "dinner", servings: 4, maxMinutes: 35, maxTotalCents: 1500 });
    expect(found.length).toBeGreaterThan(0);
    for (const recipe of found) {
      expect(recipe.tags).toContain("gluten-free");
      expect(recipe.meal).toBe("dinner");
      expect(recipe.servings).toBeGreaterThanOrEqual(4);
      expect(recipe.minutes).toBeLessThanOrEqual(35);
      expect(recipe.totalCents).toBeLessThanOrEqual(1500);
      expect(recipe.withinBudget).toBe(true);
    }
    expect(excluded).toContainEqual(expect.objectContaining({ title: "Chickpea & Spinach Coconut Curry", reason: "over_budget", totalCents: 1742 }));
  });

  it("offers the cheapest recipes, marked over budget, when nothing fits the budget", async () => {
    const { recipes: found } = await findRecipes({ ingredients: ["chickpeas"], diet: ["vegan"], meal: "dinner", maxTotalCents: 1500 });
    expect(found.map((recipe) => [recipe.title, recipe.totalCents, recipe.withinBudget])).toEqual([
      ["Chickpea & Spinach Coconut Curry", 1742, false],
      ["Chickpea, Sun-Dried Tomato & Spinach Penne", 1874, false],
    ]);
  });

  it("names requested ingredients the shop does not sell", async () => {
    const result = await findRecipes({ ingredients: ["quinoa", "kale"] });
    expect(result.unknownIngredients).toEqual(["quinoa"]);
    expect(result.recipes.every((recipe) => recipe.matchedIngredients.includes("kale"))).toBe(true);
  });

  it("rejects malformed input before it reaches the database", () => {
    expect(findRecipesInput.safeParse({ diet: ["carnivore"] }).success).toBe(false);
    expect(findRecipesInput.safeParse({ maxTotalCents: -5 }).success).toBe(false);
    expect(findRecipesInput.safeParse({ ingredients: ["a", "b", "c", "d", "e", "f", "g"] }).success).toBe(false);
  });
});

describe("addRecipeToCart", () => {
  it("adds every in-stock ingredient, a substitute for a sold-out one, and leaves optional ones out", async () => {
    const cartId = await freshCart();
    const result = await addRecipeToCart(cartId, await recipeId("turmeric-tofu-scramble"));
    expect(result.notAdded).toEqual([]);
    expect(result.added).toContainEqual({ productId: await productId("country-sourdough-loaf"), name: "Country Sourdough Loaf (800 g)", quantity: 1, substituteFor: "Seeded Rye Sourdough (750 g)" });
    const cart = await getCart(cartId);
    expect(cart.lines.map((line) => line.slug).sort()).toEqual(
      ["country-sourdough-loaf", "ground-turmeric", "heirloom-cherry-tomatoes", "organic-baby-spinach", "organic-firm-tofu"].sort(),
    );
  });

  it("reports what it could not add: sold out with no substitute, or no stock left for this cart", async () => {
    const cartId = await freshCart();
    await setStock("mature-cheddar", 0);
    await setStock("red-onions", 1);
    await addItem(cartId, await productId("red-onions"), 1);
    try {
      const result = await addRecipeToCart(cartId, await recipeId("kale-cheddar-frittata"));
      expect(result.notAdded).toEqual([
        { name: "Organic Mature Cheddar Cheese (200 g)", reason: "Sold out, and there is no substitute in stock.", problem: "no_substitute" },
        { name: "Red Onions (500 g)", reason: expect.stringContaining("Only 1 of Red Onions (500 g) left in stock"), problem: "stock_limit", left: 1, room: 0 },
      ]);
      expect(result.added.map((item) => item.name)).toEqual(expect.arrayContaining(["Free-Range Eggs (6)", "Tuscan Kale (Cavolo Nero)", "Cultured Salted Butter (250 g)"]));
      expect(result.added.find((item) => item.name === "Free-Range Eggs (6)")?.quantity).toBe(2);
    } finally {
      await setStock("mature-cheddar", 2);
      await setStock("red-onions", 4);
    }
  });

  it("says so for a recipe that does not exist", async () => {
    const result = await addRecipeToCart(await freshCart(), 999_999);
    expect(result.recipe).toBeNull();
    expect(result.added).toEqual([]);
  });
});

describe("diets, checked on every ingredient", () => {
  async function tagsOf(slugs: string[]) {
    const rows = await getDb().select({ slug: products.slug, tags: products.tags }).from(products);
    const bySlug = new Map(rows.map((row) => [row.slug, row.tags]));
    return slugs.map((slug) => ({ slug, tags: bySlug.get(slug) ?? [] }));
  }

  it("carries each ingredient's product tags in the tool output", async () => {
    const { recipes: found } = await findRecipes({ ingredients: ["chickpeas"], meal: "dinner", limit: 1 });
    const chickpeas = found[0].ingredients.find((ingredient) => ingredient.product.slug === "canned-chickpeas");
    expect(chickpeas?.product.tags).toEqual(expect.arrayContaining(["vegan", "gluten-free", "high-protein"]));
    const { products: searched } = await searchProducts({ query: "feta" });
    expect(searched[0].tags).toContain("vegetarian");
  });

  it("a dairy-free dessert has no dairy product in it, and eggs count as dairy-free", async () => {
    const { recipes: found } = await findRecipes({ diet: ["dairy-free"], meal: "dessert", limit: 5 });
    expect(found.map((recipe) => recipe.slug)).toContain("dark-chocolate-avocado-mousse");
    expect(found.map((recipe) => recipe.slug)).not.toContain("lemon-olive-oil-cake");
    for (const recipe of found) {
      expect(recipe.tags).toContain("dairy-free");
      const used = await tagsOf(recipe.ingredients.map((ingredient) => (ingredient.substitute ?? ingredient.product).slug));
      expect(used.filter(({ tags }) => !tags.includes("vegan") && !tags.includes("dairy-free"))).toEqual([]);
    }
    const { recipes: breakfasts } = await findRecipes({ diet: ["dairy-free"], ingredients: ["eggs"], limit: 5 });
    expect(breakfasts.map((recipe) => recipe.slug)).toContain("avocado-egg-sourdough-toast");
  });

  it("nut-free leaves out recipes with peanut butter or cashew cheese, even optional ones", async () => {
    const { recipes: found } = await findRecipes({ diet: ["nut-free"], meal: "breakfast", limit: 5 });
    expect(found.map((recipe) => recipe.slug)).not.toContain("peanut-butter-banana-overnight-oats");
    const { recipes: salads } = await findRecipes({ diet: ["nut-free"], ingredients: ["puy lentils"], limit: 5 });
    const salad = salads.find((recipe) => recipe.slug === "warm-puy-lentil-sweet-potato-salad");
    expect(salad?.ingredients.map((ingredient) => ingredient.product.slug)).not.toContain("cultured-cashew-cheese");
    for (const recipe of [...found, ...salads]) {
      const used = await tagsOf(recipe.ingredients.map((ingredient) => (ingredient.substitute ?? ingredient.product).slug));
      expect(used.filter(({ tags }) => !tags.includes("nut-free"))).toEqual([]);
    }
  });

  it("high-protein means a high-protein ingredient is in it", async () => {
    const { recipes: found } = await findRecipes({ diet: ["high-protein"], limit: 5 });
    expect(found.length).toBeGreaterThan(0);
    for (const recipe of found) {
      expect(recipe.ingredients.some((ingredient) => !ingredient.optional && (ingredient.substitute ?? ingredient.product).tags.includes("high-protein"))).toBe(true);
    }
  });

  it("says which ingredient breaks the diet instead of dropping the diet", async () => {
    const result = await findRecipes({ query: "risotto", diet: ["vegan"] });
    expect(result.recipes).toEqual([]);
    expect(result.excluded).toContainEqual(
      expect.objectContaining({ title: "Chestnut Mushroom & Lemon Risotto", reason: "diet", diets: ["vegan"], missing: expect.arrayContaining(["Cultured Salted Butter (250 g)"]) }),
    );
  });
});
