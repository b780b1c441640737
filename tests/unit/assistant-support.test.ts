import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
