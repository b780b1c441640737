import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translatedEntry } from "@/lib/assistant/local-model/guide-translations";
import { extractGuide, matchSupport, parseGuide, wrapGuide } from "@/lib/assistant/local-model/support-answers";

const guide = parseGuide(readFileSync(join(process.cwd(), "lib/assistant/support-guide.md"), "utf8"));

function bestAnswer(question: string) {
  return matchSupport(question, guide)[0]?.entry;
}

describe("the support guide", () => {
  it("states the shipping rule checkout charges: $4.95, free from $50", () => {
    const answer = bestAnswer("How much is shipping?");
    expect(answer?.question).toBe("How much does shipping cost?");
    expect(answer?.answer).toContain("$4.95");
    expect(answer?.answer).toContain("free on orders of $50 or more");
  });

  it("answers returns, packaging, plan and delivery questions from the right entry", () => {
    expect(bestAnswer("what's your returns policy?")?.question).toBe("What is your returns policy?");
    expect(bestAnswer("How do I dispose of the packaging?")?.section).toBe("Packaging and sustainability");
    expect(bestAnswer("how do I cancel my subscription")?.question).toBe("How do I cancel or change my plan?");
    expect(bestAnswer("how long does delivery take?")?.question).toBe("How long does delivery take?");
    expect(bestAnswer("How much do the plans cost?")?.answer).toMatch(/\$5 a month.*\$12.*\$50/);
  });

  it("finds nothing for questions the guide does not cover", () => {
    expect(matchSupport("Who won the world cup?", guide)).toEqual([]);
    expect(matchSupport("What is the meaning of life?", guide)).toEqual([]);
  });

  it("survives being carried inside the system prompt", () => {
    const markdown = readFileSync(join(process.cwd(), "lib/assistant/support-guide.md"), "utf8");
    const system = `Rules first.\n${wrapGuide(markdown)}\nMore rules.`;
    expect(parseGuide(extractGuide(system))).toEqual(guide);
  });
});

describe("the support guide in Spanish and German", () => {
  it("has every entry translated from its current English (an edited answer lists here until translated again)", () => {
    const untranslated = guide.flatMap((entry) => (["es", "de"] as const).filter((language) => !translatedEntry(entry, language)).map((language) => `${language}: ${entry.question}`));
    expect(untranslated).toEqual([]);
  });

  it("stops using a translation once the English answer it was made from changes", () => {
    const shipping = guide.find((entry) => entry.question === "How much does shipping cost?");
    expect(shipping && translatedEntry(shipping, "es")?.answer).toMatch(/gratis en pedidos de \$50/);
    expect(shipping && translatedEntry({ ...shipping, answer: shipping.answer.replace("$50", "$60") }, "es")).toBeUndefined();
  });
});
