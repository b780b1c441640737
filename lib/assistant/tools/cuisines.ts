/**
 * The cuisines a recipe can belong to (each demo recipe carries one as a tag). Pure: the seed, the
 * tools and the local model share it; the words a shopper uses for them are the local model's
 * (lib/assistant/local-model/cuisine-words.ts).
 */

export const CUISINES = [
  "indian", "italian", "mexican", "thai", "japanese", "chinese", "korean", "middle-eastern", "north-african",
  "british", "french", "spanish", "greek", "american",
] as const;
export type Cuisine = (typeof CUISINES)[number];

export function isCuisine(tag: string): tag is Cuisine {
  return (CUISINES as readonly string[]).includes(tag);
}
