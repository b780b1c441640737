import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products, recipeIngredients, recipes } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { CUISINES } from "@/lib/assistant/tools/cuisines";
import { DIETS, recipeDiets } from "@/lib/assistant/tools/diets";
import { findRecipes } from "@/lib/assistant/tools/catalog";

beforeAll(async () => {
  await seedCatalog();
});

async function everyRecipe() {
  const db = getDb();
  const [rows, links] = await Promise.all([
    db.select().from(recipes),
    db
      .select({ recipeId: recipeIngredients.recipeId, optional: recipeIngredients.optional, tags: products.tags })
      .from(recipeIngredients)
      .innerJoin(products, eq(products.id, recipeIngredients.productId)),
  ]);
  return rows.map((recipe) => ({ recipe, ingredients: links.filter((link) => link.recipeId === recipe.id) }));
}

describe("the demo recipes", () => {
  it("number at least 120, across at least 8 cuisines and every meal, and seeding again adds none", async () => {
    const all = await everyRecipe();
    expect(all.length).toBeGreaterThanOrEqual(120);
    const cuisines = new Set(all.flatMap(({ recipe }) => recipe.tags.filter((tag) => (CUISINES as readonly string[]).includes(tag))));
    expect(cuisines.size).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map(({ recipe }) => recipe.meal))).toEqual(new Set(["breakfast", "lunch", "dinner", "snack", "dessert"]));
    expect((await seedCatalog()).inserted).toBe(0);
    expect((await everyRecipe()).length).toBe(all.length);
  });

  it("link every ingredient to a product and carry exactly the diets their required ingredients keep", async () => {
    for (const { recipe, ingredients } of await everyRecipe()) {
      expect(ingredients.length, recipe.slug).toBeGreaterThan(1);
      const computed = recipeDiets(ingredients.filter((ingredient) => !ingredient.optional).map((ingredient) => ingredient.tags));
      expect(recipe.tags.filter((tag) => (DIETS as readonly string[]).includes(tag)), recipe.slug).toEqual(computed);
    }
  });

  it("give a cuisine's own dishes to a shopper who names the dish", async () => {
    const found = await findRecipes({ query: "paella" });
    expect(found.recipes.map((recipe) => recipe.title)).toContain("Mushroom & Pepper Paella");
    const burgers = await findRecipes({ query: "burger", diet: ["vegetarian"] });
    expect(burgers.recipes[0]).toMatchObject({ title: "Black Bean Burgers", tags: expect.arrayContaining(["vegetarian", "american"]) });
  });
});

describe("cuisines", () => {
  it("a named cuisine picks that cuisine's recipes, through the local model, in English, Spanish and German", async () => {
    const { ask, readReply } = await import("./assistant-helpers");
    const { findRecipesOutput } = await import("@/lib/assistant/tools/schemas");
    const recipesFor = async (text: string) => findRecipesOutput.parse((await readReply(await ask({ text }))).tools.get("findRecipes")?.[0]).recipes;
    const thai = await recipesFor("a Thai curry");
    expect(thai.length).toBeGreaterThan(0);
    expect(thai[0].title).toMatch(/curry/i);
    for (const recipe of thai) expect(recipe.tags).toContain("thai");
    // A cuisine nothing matches is said, not dropped.
    const korean = await readReply(await ask({ text: "a Korean dessert" }));
    expect(findRecipesOutput.parse(korean.tools.get("findRecipes")?.[0]).recipes).toEqual([]);
    expect(korean.text).toMatch(/Korean cooking, for dessert/);
    for (const text of ["something Greek for lunch", "algo griego para el almuerzo", "etwas Griechisches zum Mittagessen"]) {
      const greek = await recipesFor(text);
      expect(greek.length, text).toBeGreaterThan(0);
      for (const recipe of greek) expect(recipe, text).toMatchObject({ meal: "lunch", tags: expect.arrayContaining(["greek"]) });
    }
  });

  it("findRecipes filters on a cuisine and the schema refuses an unknown one", async () => {
    const { findRecipesInput } = await import("@/lib/assistant/tools/schemas");
    const found = await findRecipes({ cuisine: "japanese", limit: 5 });
    expect(found.recipes.length).toBeGreaterThan(0);
    for (const recipe of found.recipes) expect(recipe.tags).toContain("japanese");
    expect(findRecipesInput.safeParse({ cuisine: "martian" }).success).toBe(false);
  });
});
