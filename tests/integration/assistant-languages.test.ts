import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products, productTranslations, recipes, recipeTranslations } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { composeCart } from "@/lib/assistant/local-model/compose";
import { quantityIn } from "@/lib/assistant/local-model/quantities";
import { parseQuestion } from "@/lib/assistant/local-model/question";
import { addRecipeToCart } from "@/lib/assistant/tools/catalog";
import { findRecipesOutput } from "@/lib/assistant/tools/schemas";
import { addItem, ensureCart, newCartId } from "@/lib/cart";
import { ask, readReply } from "./assistant-helpers";

beforeAll(async () => {
  await seedCatalog();
});

async function recipesFor(text: string) {
  const reply = await readReply(await ask({ text }));
  return { reply, found: findRecipesOutput.parse(reply.tools.get("findRecipes")?.[0]) };
}

describe("typos and other languages", () => {
  it("reads 'chikpea cury' and 'reciepe with lentls'", async () => {
    const curry = await recipesFor("chikpea cury");
    expect(curry.found.recipes.map((recipe) => recipe.title)).toContain("Chickpea & Spinach Coconut Curry");
    const lentils = await recipesFor("reciepe with lentls");
    expect(lentils.found.recipes.length).toBeGreaterThan(0);
    for (const recipe of lentils.found.recipes) expect(recipe.matchedIngredients).toEqual(["lentils"]);
  });

  it("answers a Spanish and a German question in that language", async () => {
    const es = await recipesFor("¿Qué receta vegana puedo cocinar con garbanzos para la cena?");
    expect(es.reply.text).toMatch(/Estas son \d recetas que puedes cocinar hoy/);
    // The shopping list is on the recipe card, not repeated in the text.
    expect(es.reply.text).not.toMatch(/Necesitarás: /);
    expect(es.reply.text).not.toMatch(/You'll need|Why it fits|Here are/);
    // The card's quantities are in the shopper's words too ("3 dientes", not "3 cloves").
    const quantities = es.found.recipes.flatMap((recipe) => recipe.ingredients.map((ingredient) => quantityIn(ingredient.quantity, "es"))).join("; ");
    expect(quantities).toMatch(/dientes|cdta\.|latas/);
    expect(quantities).not.toMatch(/\b(cloves?|tsp|tbsp|cans?|handful)\b/);
    for (const recipe of es.found.recipes) expect(recipe).toMatchObject({ meal: "dinner", tags: expect.arrayContaining(["vegan"]) });
    expect(es.found.recipes.length).toBeGreaterThan(0);
    const de = await recipesFor("Was kann ich zum Abendessen mit Linsen kochen?");
    expect(de.reply.text).not.toMatch(/Du brauchst: /);
    expect(de.reply.text).not.toMatch(/You'll need|Why it fits|Here are/);
    expect(de.found.recipes.map((recipe) => recipe.slug)).toContain("weeknight-red-lentil-dal");
  });
});

describe("recipe cards in the shopper's language", () => {
  async function texts(slug: string, locale: "es" | "de") {
    const db = getDb();
    const [english] = await db.select({ id: recipes.id, title: recipes.title, steps: recipes.steps }).from(recipes).where(eq(recipes.slug, slug));
    const [translated] = await db
      .select({ title: recipeTranslations.title, steps: recipeTranslations.steps })
      .from(recipeTranslations)
      .where(and(eq(recipeTranslations.recipeId, english.id), eq(recipeTranslations.locale, locale)));
    return { english, translated };
  }

  it("a Spanish question's recipes have Spanish titles, summaries and method; the same question in English has the English", async () => {
    const es = await recipesFor("¿Qué receta vegana puedo cocinar con garbanzos para la cena?");
    const en = await recipesFor("What vegan recipe can I cook with chickpeas for dinner?");
    expect(es.found.recipes.map((recipe) => recipe.slug)).toEqual(en.found.recipes.map((recipe) => recipe.slug));
    expect(es.found.recipes.length).toBeGreaterThan(0);
    for (const [index, recipe] of es.found.recipes.entries()) {
      const { english, translated } = await texts(recipe.slug, "es");
      expect(recipe.title).toBe(translated.title);
      expect(recipe.steps).toEqual(translated.steps);
      expect(recipe.steps).not.toEqual(english.steps);
      expect(en.found.recipes[index]).toMatchObject({ title: english.title, steps: english.steps });
    }
    const curry = es.found.recipes.find((recipe) => recipe.slug === "chickpea-spinach-coconut-curry");
    if (curry) expect(curry).toMatchObject({ title: "Curry de garbanzos y espinacas con coco", summary: expect.stringMatching(/^Un curry suave/) });
    // The answer names the recipes as their cards do.
    expect(es.reply.text).toContain(es.found.recipes[0].title);
  });

  it("a German question's recipe is in German, and adding it to the cart names it in German", async () => {
    const de = await recipesFor("Was kann ich zum Abendessen mit Linsen kochen?");
    const dal = de.found.recipes.find((recipe) => recipe.slug === "weeknight-red-lentil-dal");
    expect(dal).toMatchObject({ title: "Rotes Linsen-Dal für den Feierabend", steps: expect.arrayContaining(["Die Linsen spülen, bis das Wasser klar bleibt."]) });
    const cartId = newCartId();
    await ensureCart(cartId);
    expect((await addRecipeToCart(cartId, dal!.id, {}, "de")).recipe?.title).toBe("Rotes Linsen-Dal für den Feierabend");
    expect((await addRecipeToCart(cartId, dal!.id)).recipe?.title).toBe("Weeknight Red Lentil Dal");
  });
});

describe("products named in the shopper's language", () => {
  it("a Spanish recipe card names its translated products in Spanish, and so does what the cart tool added; English stays English", async () => {
    const es = await recipesFor("¿Qué receta vegana puedo cocinar con garbanzos para la cena?");
    const en = await recipesFor("What vegan recipe can I cook with chickpeas for dinner?");
    const spanish = new Map(
      (await getDb().select({ productId: productTranslations.productId, name: productTranslations.name }).from(productTranslations).where(eq(productTranslations.locale, "es"))).map(
        (row) => [row.productId, row.name],
      ),
    );
    const lines = es.found.recipes.flatMap((recipe) => recipe.ingredients);
    const translated = lines.filter((line) => spanish.has(line.product.id));
    expect(translated.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.product.name).toBe(spanish.get(line.product.id) ?? (await englishName(line.product.id)));
    for (const line of en.found.recipes.flatMap((recipe) => recipe.ingredients)) expect(line.product.name).toBe(await englishName(line.product.id));

    const cartId = newCartId();
    await ensureCart(cartId);
    const added = await addRecipeToCart(cartId, es.found.recipes[0].id, {}, "es");
    expect(added.added.length).toBeGreaterThan(0);
    for (const item of added.added) expect(item.name).toBe(spanish.get(item.productId) ?? (await englishName(item.productId)));
    expect(added.added.some((item) => spanish.has(item.productId))).toBe(true);
  });
});

async function englishName(productId: number) {
  const [row] = await getDb().select({ name: products.name }).from(products).where(eq(products.id, productId));
  return row.name;
}

describe("Spanish and German answers carry no English sentences", () => {
  it("a basket follow-up, a greeting and a damaged item, in Spanish and German", async () => {
    const deviceId = crypto.randomUUID();
    const ip = "10.66.1.1";
    const first = await ask({ text: "¿Qué receta vegana puedo cocinar con garbanzos para la cena?", deviceId, ip });
    const threadId = first.headers.get("x-thread-id") ?? undefined;
    await readReply(first);
    const added = await readReply(await ask({ text: "pon la segunda en mi cesta", threadId, deviceId, ip }));
    expect(added.tools.has("addRecipeToCart")).toBe(true);
    expect(added.text).toMatch(/He añadido a tu cesta los ingredientes de \*\*/);
    expect(added.text).not.toMatch(/I've added|Open your cart|Not added/);
    expect((await readReply(await ask({ text: "hola" }))).text).not.toMatch(/Sorry|I can only/);
    const mouldy = await readReply(await ask({ text: "mein Brot kam schimmelig an" }));
    expect(mouldy.tools.has("findRecipes")).toBe(false);
    expect(mouldy.text).toMatch(/beschädigter oder verdorbener Ware/);
    // The guide's answer itself in German, not quoted in English.
    expect(mouldy.text).toMatch(/innerhalb von 48 Stunden mit einem Foto/);
    expect(mouldy.text).not.toMatch(/^>|within 48 hours|returns policy/m);
  });

  it("support-guide answers in the shopper's language: returns, delivery times, plans", async () => {
    const returns = await readReply(await ask({ text: "¿cuál es vuestra política de devoluciones?" }));
    expect(returns.text).toMatch(/en los 30 días siguientes a la entrega/);
    expect(returns.text).not.toMatch(/^>|within 30 days|en inglés/m);
    const delivery = await readReply(await ask({ text: "Wie lange dauert die Lieferung?" }));
    expect(delivery.text).toMatch(/2 bis 4 Werktage/);
    expect(delivery.text).not.toMatch(/working days|auf Englisch/);
    const plans = await readReply(await ask({ text: "¿qué incluyen los planes?" }));
    expect(plans.text).toMatch(/30 preguntas cada 10 minutos/);
    expect(plans.text).not.toMatch(/fair-use limit/);
  });

  it("what the cart tool could not add, said in Spanish and German", async () => {
    const db = getDb();
    const setStock = (slug: string, stock: number) => db.update(products).set({ stock }).where(eq(products.slug, slug));
    const [onions] = await db.select({ id: products.id }).from(products).where(eq(products.slug, "red-onions"));
    const [frittata] = await db.select({ id: recipes.id }).from(recipes).where(eq(recipes.slug, "kale-cheddar-frittata"));
    await setStock("mature-cheddar", 0);
    await setStock("red-onions", 1);
    try {
      for (const [question, expected] of [
        ["pon la primera en mi cesta", /Organic Mature Cheddar Cheese \(200 g\): Agotado, y no hay ningún sustituto[^\n]*\n- Red Onions \(500 g\): Solo quedan 1 y tu cesta ya los tiene todos\./],
        ["leg das erste in meinen Warenkorb", /Red Onions \(500 g\): Nur noch 1 da, und dein Warenkorb hat schon alle\./],
      ] as const) {
        const cartId = newCartId();
        await ensureCart(cartId);
        await addItem(cartId, onions.id, 1);
        const text = composeCart(undefined, await addRecipeToCart(cartId, frittata.id), parseQuestion(question));
        expect(text).toMatch(expected);
        expect(text).not.toMatch(/left in stock|already has|Sold out/);
      }
    } finally {
      await setStock("mature-cheddar", 2);
      await setStock("red-onions", 4);
    }
  });
});
