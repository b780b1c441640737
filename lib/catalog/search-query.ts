/** Most words a search uses; the rest of a pasted paragraph is ignored. */
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** Splits what a shopper typed into plain words: letters and digits only, lower-cased. */
export function searchWords(text: string): string[] {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => word.slice(0, MAX_TERM_LENGTH))
    .filter(Boolean);
  // One-letter words match nearly everything; keep them only when nothing else was typed.
  const meaningful = words.length > 1 ? words.filter((word) => word.length > 1) : words;
  return [...new Set(meaningful)].slice(0, MAX_TERMS);
}

/**
 * A word as a quoted prefix term: nothing inside can be read as FTS syntax. A single letter
 * stays a whole word, since as a prefix it would match most of the catalogue.
 */
const prefixTerm = (word: string) => (word.length > 1 ? `"${word}"*` : `"${word}"`);

/**
 * The index stems words (Porter), so a half-typed word can miss: "organi" is not a prefix of
 * the stem "organ". Dropping a plural "s" and trailing vowels gives a prefix that still matches.
 */
function relaxedTerm(word: string): string {
  const stem = word.replace(/s$/, "").replace(/[aeiouy]+$/, "");
  return stem.length >= 4 && stem !== word ? `(${prefixTerm(word)} OR ${prefixTerm(stem)})` : prefixTerm(word);
}

export type SearchPlan = { match: string; matchedAllWords: boolean };

/**
 * FTS5 MATCH expressions to try in order until one finds something: every word as typed, then
 * every word relaxed, then any word. Built only from quoted prefix terms, so quotes, AND/OR/NOT,
 * NEAR, column filters or brackets in the search box are just text. Empty when nothing is searchable.
 */
export function searchPlans(text: string): SearchPlan[] {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const plans: SearchPlan[] = [{ match: words.map(prefixTerm).join(" AND "), matchedAllWords: true }];
  const relaxed = words.map(relaxedTerm);
  const relaxedAll = relaxed.join(" AND ");
  if (relaxedAll !== plans[0].match) plans.push({ match: relaxedAll, matchedAllWords: true });
  if (words.length > 1) plans.push({ match: relaxed.join(" OR "), matchedAllWords: false });
  return plans;
}
