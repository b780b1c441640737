/**
 * The cuisines a recipe can belong to (each demo recipe carries one as a tag), and the words a
 * shopper uses for them. Pure: the seed, the tools and the local model share it.
 */

export const CUISINES = [
  "indian", "italian", "mexican", "thai", "japanese", "chinese", "korean", "middle-eastern", "north-african",
  "british", "french", "spanish", "greek", "american",
] as const;
export type Cuisine = (typeof CUISINES)[number];

// English words (questions in Spanish and German are translated first, lib/ai/normalize.ts).
const WORDS: [RegExp, Cuisine][] = [
  [/\bindian\b/i, "indian"],
  [/\b(italian|tuscan|roman)\b/i, "italian"],
  [/\bmexican\b/i, "mexican"],
  [/\bthai\b/i, "thai"],
  [/\bjapanese\b/i, "japanese"],
  [/\bchinese\b/i, "chinese"],
  [/\bkorean\b/i, "korean"],
  [/\b(middle[\s-]eastern|lebanese|turkish|levantine)\b/i, "middle-eastern"],
  [/\b(north[\s-]african|moroccan|tunisian)\b/i, "north-african"],
  [/\bbritish\b/i, "british"],
  [/\bfrench\b/i, "french"],
  [/\bspanish\b/i, "spanish"],
  [/\bgreek\b/i, "greek"],
  [/\bamerican\b/i, "american"],
];

/** The cuisine a question names, if any. */
export function findCuisine(text: string): Cuisine | undefined {
  return WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

export function isCuisine(tag: string): tag is Cuisine {
  return (CUISINES as readonly string[]).includes(tag);
}
