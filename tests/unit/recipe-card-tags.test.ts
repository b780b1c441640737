import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import de from "@/messages/de.json";
import { CUISINES } from "@/lib/assistant/tools/cuisines";
import { DIETS } from "@/lib/assistant/tools/diets";

// A recipe card's tags are its diets, its cuisine and "quick" (db/seed/index.ts): each one a
// shopper can see has a name in every language, so a Spanish card never shows "gluten-free".
describe("recipe card tags", () => {
  const names = { en, es, de } as Record<string, { Assistant: { card: { tagNames?: Record<string, string> } } }>;

  it.each(Object.keys(names))("every diet and cuisine, and quick, has a name in %s", (locale) => {
    const tagNames = names[locale].Assistant.card.tagNames ?? {};
    const missing = [...DIETS, ...CUISINES, "quick"].filter((tag) => !tagNames[tag]?.trim());
    expect(missing).toEqual([]);
  });

  it("Spanish and German name them in their own words", () => {
    const english = en.Assistant.card as { tagNames?: Record<string, string> };
    for (const locale of ["es", "de"]) {
      const tagNames = names[locale].Assistant.card.tagNames ?? {};
      expect(tagNames["gluten-free"], locale).not.toBe(english.tagNames?.["gluten-free"]);
      expect(tagNames.vegan, locale).toBeTruthy();
    }
  });
});
