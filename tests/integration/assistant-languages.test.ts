import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/db/seed";
import { findRecipesOutput } from "@/lib/assistant/tools/schemas";
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
    expect(es.reply.text).toMatch(/Necesitarás: /);
    expect(es.reply.text).not.toMatch(/You'll need|Why it fits|Here are/);
    // Quantities are in the shopper's words too ("3 dientes", not "3 cloves").
    expect(es.reply.text).toMatch(/dientes|cdta\.|latas/);
    expect(es.reply.text.replace(/\[[^\]]*\]/g, "")).not.toMatch(/\b(cloves?|tsp|tbsp|cans?|handful)\b/);
    for (const recipe of es.found.recipes) expect(recipe).toMatchObject({ meal: "dinner", tags: expect.arrayContaining(["vegan"]) });
    expect(es.found.recipes.length).toBeGreaterThan(0);
    const de = await recipesFor("Was kann ich zum Abendessen mit Linsen kochen?");
    expect(de.reply.text).toMatch(/Du brauchst: /);
    expect(de.reply.text).not.toMatch(/You'll need|Why it fits|Here are/);
    expect(de.found.recipes.map((recipe) => recipe.slug)).toContain("weeknight-red-lentil-dal");
  });
});

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
    // Quoted from the English guide, and marked as a quote.
    for (const line of mouldy.text.split("\n").slice(1).filter((line) => line.trim())) expect(line.startsWith(">")).toBe(true);
  });
});
