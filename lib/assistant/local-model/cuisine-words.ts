import type { Cuisine } from "../tools/schemas";

// The words a shopper uses for a cuisine, in English (questions in Spanish and German are
// translated first, ./normalize.ts).
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
