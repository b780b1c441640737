import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { products } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { findRecipesOutput } from "@/lib/assistant/tools/schemas";
import { ask, readReply } from "./assistant-helpers";

beforeAll(async () => {
  await seedCatalog();
});

describe("the local model answers shop and product questions with the shop's tools", () => {
  it("says where a product comes from, from the database", async () => {
    const reply = await readReply(await ask({ text: "where does your rice come from?" }));
    expect([...reply.tools.keys()]).toEqual(["productDetails"]);
    const [rice] = await getDb().select().from(products).where(eq(products.slug, "brown-basmati-rice"));
    expect(reply.text).toContain(rice.origin);
  });

  it("answers 'I'm at $46, is shipping free?' with no and what is missing", async () => {
    const reply = await readReply(await ask({ text: "I'm at $46 in my basket, is shipping free?" }));
    expect(reply.text).toMatch(/^No/);
    expect(reply.text).toContain("$4.00 more");
  });

  it("works out the cheapest plan per month", async () => {
    const reply = await readReply(await ask({ text: "which plan is cheapest per month?" }));
    expect(reply.text).toMatch(/cheapest per month is \*\*Quarterly\*\* at \$4\.00/);
  });

  it("checks the checkout's countries", async () => {
    expect((await readReply(await ask({ text: "do you deliver to Norway?" }))).text).toMatch(/don't deliver to Norway/);
    expect((await readReply(await ask({ text: "can you ship to Germany?" }))).text).toMatch(/Yes, we deliver to Germany/);
  });

  it("gives the damaged-item policy, not bread recipes, for mouldy bread", async () => {
    const reply = await readReply(await ask({ text: "my bread arrived mouldy" }));
    expect(reply.tools.has("findRecipes")).toBe(false);
    expect(reply.text).toContain("48 hours");
  });

  it("scales a recipe for 8 people", async () => {
    const reply = await readReply(await ask({ text: "a chickpea curry for 8 people" }));
    const found = findRecipesOutput.parse(reply.tools.get("findRecipes")?.[0]);
    expect(found.recipes.length).toBeGreaterThan(0);
    for (const recipe of found.recipes) expect(recipe.servings).toBe(8);
    expect(reply.text).toContain("scaled from 4 servings to 8");
  });
});
