import { describe, expect, it } from "vitest";
import { searchPlans, searchWords } from "@/lib/catalog/search-query";

describe("search words", () => {
  it("keeps only letters and digits, lower-cased, so FTS syntax in the box is plain text", () => {
    expect(searchWords('"Tomato" AND (basil) OR NEAR(x) name:kale -oats*')).toEqual(["tomato", "and", "basil", "or", "near", "name", "kale", "oats"]);
  });

  it("drops stray single letters next to real words but keeps a lone one", () => {
    expect(searchWords("a tomato & basil")).toEqual(["tomato", "basil"]);
    expect(searchWords("a")).toEqual(["a"]);
  });

  it("ignores punctuation-only input and caps a pasted paragraph", () => {
    expect(searchWords(`" ) ( * : ^ -`)).toEqual([]);
    expect(searchWords("one two three four five six seven eight nine ten")).toHaveLength(8);
  });

  it("handles accents and other scripts", () => {
    expect(searchWords("Piment d'Espelette, JALAPEÑO")).toEqual(["piment", "espelette", "jalapeño"]);
  });
});

describe("search plans", () => {
  it("asks for every word as a quoted prefix first", () => {
    expect(searchPlans("cherry tomat")[0]).toEqual({ match: '"cherry"* AND "tomat"*', matchedAllWords: true });
  });

  it("then relaxes half-typed words that the stemmer would not match", () => {
    const plans = searchPlans("organi");
    expect(plans.map((plan) => plan.match)).toEqual(['"organi"*', '("organi"* OR "organ"*)']);
  });

  it("falls back to any word last, and says so", () => {
    const plans = searchPlans("tomato kale");
    expect(plans.at(-1)).toEqual({ match: '("tomato"* OR "tomat"*) OR "kale"*', matchedAllWords: false });
  });

  it("has no plan when nothing searchable was typed", () => {
    expect(searchPlans('""')).toEqual([]);
  });
});
