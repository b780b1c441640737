import { describe, expect, it } from "vitest";
import { findIngredients, parseQuestion, withContext } from "@/lib/assistant/local-model/question";

describe("how the local model reads a question", () => {
  it("reads ingredients, diet, meal and budget from the flagship question", () => {
    const question = parseQuestion("What can I cook tonight with chickpeas, vegan, under $15?");
    expect(question.intent).toBe("recipes");
    expect(question.ingredients).toEqual(["chickpeas"]);
    expect(question.diet).toEqual(["vegan"]);
    expect(question.meal).toBe("dinner");
    expect(question.maxTotalCents).toBe(1500);
  });

  it("keeps compound ingredients whole and ignores words inside other words", () => {
    expect(findIngredients("sweet potatoes and black beans, maybe some peanut butter")).toEqual(["sweet potatoes", "black beans", "peanut butter"]);
    expect(findIngredients("an eggplant bake")).toEqual(["eggplants"]);
    expect(findIngredients("chickpeas")).toEqual(["chickpeas"]);
  });

  it("reads servings and time without mistaking a budget or minutes for people", () => {
    expect(parseQuestion("gluten-free dinner for 4 under $25").servings).toBe(4);
    expect(parseQuestion("gluten-free dinner for 4 under $25").diet).toEqual(["gluten-free"]);
    expect(parseQuestion("breakfast for two").servings).toBe(2);
    expect(parseQuestion("lunch for 20 minutes").servings).toBeUndefined();
    expect(parseQuestion("dinner in under 30 minutes").maxMinutes).toBe(30);
    expect(parseQuestion("something quick with tofu").maxMinutes).toBe(20);
    expect(parseQuestion("a meal for $12.50").maxTotalCents).toBe(1250);
  });

  it("tells apart recipes, products, cart requests, support and small talk", () => {
    expect(parseQuestion("Do you have puy lentils in stock?").intent).toBe("product");
    expect(parseQuestion("Add the ingredients for the shakshuka to my cart").intent).toBe("cart");
    expect(parseQuestion("How much is shipping?", 6).intent).toBe("support");
    expect(parseQuestion("Hello!").intent).toBe("greeting");
    expect(parseQuestion("Who won the world cup?").intent).toBe("unknown");
  });

  it("lets a follow-up keep the ingredients of the question before it", () => {
    const first = parseQuestion("What can I cook with chickpeas?");
    const followUp = withContext(parseQuestion("Any vegetarian ones instead?"), first);
    expect(followUp.ingredients).toEqual(["chickpeas"]);
    expect(followUp.diet).toEqual(["vegetarian"]);
    const fresh = withContext(parseQuestion("What about tofu?"), first);
    expect(fresh.ingredients).toEqual(["tofu"]);
  });
});
