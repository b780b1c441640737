import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import de from "@/messages/de.json";
import { LOCALES } from "@/lib/i18n/locales";
import { chooseLocale, negotiateLocale } from "@/lib/i18n/negotiate";
import { formatCents } from "@/lib/money/format";

type Tree = { [key: string]: string | Tree };
const catalogues: Record<string, Tree> = { en, es, de };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The arguments a message uses ({count}, {total}, <link>…</link>), which every translation must keep. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) names.add(String(element.value));
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe("message catalogues", () => {
  const english = flatten(en);

  it("has a file for every locale", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  for (const locale of ["es", "de"]) {
    it(`${locale} has exactly the English keys, none missing and none extra`, () => {
      const keys = [...flatten(catalogues[locale]).keys()];
      expect([...english.keys()].filter((key) => !keys.includes(key))).toEqual([]);
      expect(keys.filter((key) => !english.has(key))).toEqual([]);
    });

    it(`${locale} keeps every message's arguments and has no empty message`, () => {
      const translated = flatten(catalogues[locale]);
      for (const [key, message] of english) {
        const translation = translated.get(key) ?? "";
        expect(translation.trim(), `${locale}: ${key}`).not.toBe("");
        expect(argumentsOf(translation), `${locale}: ${key}`).toEqual(argumentsOf(message));
      }
    });
  }
});

describe("choosing the language", () => {
  it("follows Accept-Language on a first visit, by preference and q-value", () => {
    expect(negotiateLocale("es-ES,es;q=0.9,en;q=0.8")).toBe("es");
    expect(negotiateLocale("de-AT")).toBe("de");
    expect(negotiateLocale("fr-FR,de;q=0.5,es;q=0.7")).toBe("es");
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
  });

  it("falls back to English for unknown, empty or malformed headers", () => {
    expect(negotiateLocale("fr-FR,it;q=0.8")).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("*;q=abc,,;;=,es;q=0")).toBe("en");
  });

  it("prefers the remembered choice, ignoring an invalid cookie", () => {
    expect(chooseLocale("de", "es")).toBe("de");
    expect(chooseLocale("xx", "es")).toBe("es");
    expect(chooseLocale(undefined, "de-DE")).toBe("de");
  });
});

describe("prices", () => {
  it("keep the shop's currency in each locale's number format", () => {
    expect(formatCents(123450)).toBe("$1,234.50");
    expect(formatCents(123450, "usd", "es").replace(/\s/g, " ")).toBe("1234,50 US$");
    expect(formatCents(123450, "usd", "de").replace(/\s/g, " ")).toBe("1.234,50 $");
  });
});
