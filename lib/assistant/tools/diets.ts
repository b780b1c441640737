/**
 * What a diet means for a recipe, computed from the tags of the products it uses (never typed by
 * hand on the recipe). One home for the rule: the tools filter with it and the tests judge with it.
 */

export const DIETS = [
  "vegan",
  "vegetarian",
  "gluten-free",
  "dairy-free",
  "nut-free",
  "high-protein",
  "organic",
  "fair-trade",
  "plastic-free",
  "local",
] as const;
export type DietTag = (typeof DIETS)[number];

/** Diets a recipe keeps when one of its ingredients is enough (the others must hold for every ingredient). */
const ANY_INGREDIENT = new Set<DietTag>(["high-protein"]);

/** A product's tags with what they imply: anything vegan has no dairy in it. */
export function productTags(tags: readonly string[]): string[] {
  const all = new Set(tags);
  if (all.has("vegan")) all.add("dairy-free");
  return [...all];
}

export function productSuits(tags: readonly string[], diet: DietTag): boolean {
  return ANY_INGREDIENT.has(diet) || productTags(tags).includes(diet);
}

/** The diets a recipe keeps, given the tags of the product bought for each required ingredient. */
export function recipeDiets(required: readonly (readonly string[])[]): DietTag[] {
  const tagged = required.map(productTags);
  return DIETS.filter((diet) =>
    ANY_INGREDIENT.has(diet) ? tagged.some((tags) => tags.includes(diet)) : tagged.length > 0 && tagged.every((tags) => tags.includes(diet)),
  );
}
