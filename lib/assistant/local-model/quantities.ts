import type { Language } from "./normalize";
import { phrases, type Phrases } from "./phrases";

// "2 x 400 g cans", "400 g can × 2" (scaled for more people): the pack and its size, which other languages word the other way round.
const SIZED_PACK = /^(?:(\d+) ?x )?(\d+(?:[.,]\d+)? ?(?:g|kg|ml|l)) (cans?|jars?|blocks?|bottles?)( × [\d.]+)?$/i;
const quantityPatterns = new WeakMap<Phrases, [RegExp, string][]>();

/**
 * A quantity as the recipe writes it ("3 cloves", "2 x 400 g cans"), in the shopper's words
 * ("3 dientes", "2 latas de 400 g"). The answer's recipe card shows it, so the recipe card reads it
 * from here too.
 */
export function quantityIn(quantity: string, language: Language): string {
  const t = phrases(language);
  if (t.quantityWords.length === 0) return quantity;
  let patterns = quantityPatterns.get(t);
  if (!patterns) {
    // Longest first, so "small bunch" is read before "small".
    patterns = [...t.quantityWords].sort(([a], [b]) => b.length - a.length).map(([english, local]) => [new RegExp(`\\b${english}\\b`, "gi"), local]);
    quantityPatterns.set(t, patterns);
  }
  const words = (text: string) => patterns.reduce((out, [pattern, local]) => out.replace(pattern, local), text);
  const pack = SIZED_PACK.exec(quantity);
  if (pack) return `${t.sizedPack(pack[1], words(pack[3]), pack[2])}${pack[4] ?? ""}`;
  return words(quantity);
}
