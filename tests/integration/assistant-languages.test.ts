import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/db/seed";
import { findRecipesOutput } from "@/lib/ai/tool-schemas";
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

  it("answers a Spanish and a German question, saying so in their language", async () => {
    const es = await recipesFor("¿Qué receta vegana puedo cocinar con garbanzos para la cena?");
    expect(es.reply.text).toMatch(/He leído tu pregunta en español/);
    for (const recipe of es.found.recipes) expect(recipe).toMatchObject({ meal: "dinner", tags: expect.arrayContaining(["vegan"]) });
    expect(es.found.recipes.length).toBeGreaterThan(0);
    const de = await recipesFor("Was kann ich zum Abendessen mit Linsen kochen?");
    expect(de.reply.text).toMatch(/Ich habe deine Frage auf Deutsch gelesen/);
    expect(de.found.recipes.map((recipe) => recipe.slug)).toContain("weeknight-red-lentil-dal");
  });
});
