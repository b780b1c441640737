import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/db/seed";
import { findRecipesOutput } from "@/lib/assistant/tools/schemas";
import { ensureCart, getCart, newCartId } from "@/lib/cart";
import { ask, freshIp, readReply } from "./assistant-helpers";

beforeAll(async () => {
  await seedCatalog();
});

async function thread() {
  const deviceId = crypto.randomUUID();
  const ip = freshIp();
  const cartId = newCartId();
  await ensureCart(cartId);
  let threadId: string | undefined;
  return {
    cartId,
    async say(text: string) {
      const response = await ask({ text, threadId, deviceId, ip, cartId });
      threadId = response.headers.get("X-Thread-Id") ?? threadId;
      return readReply(response);
    },
  };
}

const recipesOf = (reply: Awaited<ReturnType<Awaited<ReturnType<typeof thread>>["say"]>>) => findRecipesOutput.parse(reply.tools.get("findRecipes")?.[0]);

describe("follow-ups keep the thread", () => {
  it("a vegan dinner, then 'for 8 people', then 'no onions', keeps vegan and everything before", async () => {
    const chat = await thread();
    await chat.say("a vegan dinner idea");
    const forEight = recipesOf(await chat.say("for 8 people"));
    expect(forEight.recipes.length).toBeGreaterThan(0);
    for (const recipe of forEight.recipes) expect(recipe).toMatchObject({ servings: 8, meal: "dinner", tags: expect.arrayContaining(["vegan"]) });
    const noOnions = recipesOf(await chat.say("no onions please"));
    expect(noOnions.recipes.length).toBeGreaterThan(0);
    for (const recipe of noOnions.recipes) {
      expect(recipe).toMatchObject({ servings: 8, meal: "dinner", tags: expect.arrayContaining(["vegan"]) });
      expect(recipe.ingredients.filter((ingredient) => /onion/i.test(ingredient.product.name))).toEqual([]);
    }
  });

  it("'something cheaper' looks below the last answer's cheapest, keeping the diet, and says so when nothing is", async () => {
    const chat = await thread();
    const first = recipesOf(await chat.say("a vegan lunch idea"));
    const reply = await chat.say("something cheaper?");
    const cheaper = recipesOf(reply);
    const cheapestBefore = Math.min(...first.recipes.map((recipe) => recipe.totalCents));
    for (const recipe of cheaper.recipes) expect(recipe.tags).toContain("vegan");
    const below = cheaper.recipes.filter((recipe) => recipe.totalCents < cheapestBefore);
    // Nothing cheaper: it says so, and offers no pricier "closest" recipe in its place.
    if (below.length === 0) expect(reply.text).toMatch(/couldn't find a recipe[^.]*vegan[^.]*under/);
    else expect(below).toEqual(cheaper.recipes);
  });

  it("'put the second one in my basket' adds the second recipe shown", async () => {
    const chat = await thread();
    const first = recipesOf(await chat.say("a vegan dinner idea"));
    const second = first.recipes[1];
    const reply = await chat.say("put the second one in my basket");
    expect(reply.text).toContain(`ingredients for **${second.title}**`);
    const cart = await getCart(chat.cartId);
    expect(cart.lines.length).toBeGreaterThan(0);
  });
});
