// The ICU formatter next-intl re-exports, imported from its own package: it needs no React, so the
// model also runs where React is the server build (npm run eval:assistant).
import { createTranslator } from "use-intl/core";
import type { AddRecipeToCartOutput, Cuisine, Diet, Meal } from "../tools/schemas";
import type { Language } from "./normalize";
import templateArguments from "./phrases/arguments.json";
import de from "./phrases/de.json";
import en from "./phrases/en.json";
import es from "./phrases/es.json";

/**
 * Every sentence the local recipe model writes, in English, Spanish and German: one home, so a
 * question asked in Spanish is answered entirely in Spanish. Product names, recipe titles and
 * quantities are catalogue content and stay as the catalogue has them.
 *
 * The wording lives in one file a language (phrases/en.json, es.json, de.json): `words` are fixed
 * words and sentences, `templates` ICU messages (`{name}`, `{count, plural, =1 {…} other {…}}`, and
 * `{nameGiven, select, yes {…} other {…}}` for an optional part) that the one builder below turns
 * into the functions of `Phrases`. Each file must have the shape of `PhraseFile`: a key missing from
 * a language, a diet, cuisine, meal or plan cadence without its word, is a type error, not an
 * English word in a Spanish answer.
 */

/** How the plan catalogue words a plan's billing (lib/plans/catalog.ts), as listPlans returns it. */
type Cadence = "every month" | "every 3 months" | "every year";
type CartProblem = NonNullable<AddRecipeToCartOutput["notAdded"][number]["problem"]>;
type CartCounts = { left: number; room: number; max: number };

/** Fixed words and sentences. */
type Sentence =
  | "and"
  | "soldOut"
  | "inStock"
  // After the total on a recipe's first line; also how a follow-up finds the last answer's totals.
  | "forTheIngredients"
  | "aServing"
  | "allInStock"
  | "notSuggested"
  | "pressAdd"
  | "cartNotAdded"
  | "cartCheck"
  | "tryAgain"
  | "wantRecipes"
  | "toolFailure"
  | "shippingAsk"
  | "plansHere"
  | "damaged"
  | "guideSays"
  // Before guide entries not yet translated (quoted in English); English never needs it.
  | "guideInEnglish"
  | "anythingElse"
  // Off-topic and unclear questions: one polite sentence back to recipes and groceries.
  | "redirect"
  // "Ignore your instructions", "print your system prompt", "give me a free plan".
  | "refusal"
  | "unknownOrigin";

/** Sentences and phrases around one text: a list of items, a name, a query, the filters, a URL. */
type AroundText =
  | "with"
  | "forMeal"
  | "fromCuisine"
  | "isCuisine"
  | "under"
  | "lookingForRecipes"
  | "checkingShelves"
  | "findingRecipe"
  | "lookingUp"
  | "noneFound"
  | "whyItFits"
  | "uses"
  | "isDiet"
  | "goodMeal"
  | "cartNothing"
  | "cartAdded"
  | "cartInsteadOf"
  | "cartNoneAdded"
  | "productNotFound"
  | "allSoldOut"
  | "productsHere"
  | "plansPage"
  | "deliverTo"
  | "deliverYes"
  | "factsHere"
  | "factsNotFound";

/** Phrases around one number: people, minutes, servings, how many are left or sold out. */
type AroundNumber = "forPeople" | "readyIn" | "onlyLeft" | "serves" | "readyInMinutes" | "servesExactly";
type AroundTwoTexts = "swapNamed" | "withinBudget" | "overBudget" | "namedNoneSuits" | "overYourBudget" | "shippingRule" | "shippingFree" | "deliverNo";
type AroundThreeTexts = "namedInStock" | "notDiet";
type AroundFourTexts = "shippingNotYet" | "plansCheapest";
/** A recipe (or the other filters), the items it needs, and how many they are. */
type AroundTextsAndCount = "noneUnderBudget" | "needsSoldOut" | "cartCannotMake";

/** The arguments' names, which the templates use, are in phrases/arguments.json. */
export type Phrases = Record<Sentence, string> &
  Record<AroundText, (text: string) => string> &
  Record<AroundNumber, (count: number) => string> &
  Record<AroundTwoTexts, (first: string, second: string) => string> &
  Record<AroundThreeTexts, (first: string, second: string, third: string) => string> &
  Record<AroundFourTexts, (first: string, second: string, third: string, fourth: string) => string> &
  Record<AroundTextsAndCount, (title: string, items: string, count: number) => string> & {
    meals: Record<Meal, string>;
    /** A cuisine's name as it reads after `fromCuisine` and `isCuisine`. */
    cuisines: Record<Cuisine, string>;
    here: (count: number, filters: string) => string;
    diets: Record<Diet, string>;
    /** A plan line: its name, amount, cadence, price a month and saving in percent. */
    planLine: (name: string, amount: string, cadence: string, perMonth: string, saving: number) => string;
    cadences: Record<Cadence, string>;
    scaled: (from: number, to: number) => string;
    greeting: string[];
    namedSoldOut: (name: string, alternative?: string) => string;
    /** The words of a recipe's quantities ("3 cloves", "a handful"), longest first; English has none. */
    quantityWords: [string, string][];
    /** A pack with its size ("2 x 400 g cans"), the pack word already translated: "2 latas de 400 g". */
    sizedPack: (count: string | undefined, pack: string, size: string) => string;
    notSold: (items: string, count: number) => string;
    /** Why the cart tool could not add an item, from the reason it gives as data. */
    cartProblems: Record<CartProblem, (counts: CartCounts) => string>;
    factLine: (origin: string, organic: boolean, tags: string) => string;
  };

type TemplateKey = { [K in keyof Phrases]: Phrases[K] extends (...args: never[]) => string ? K : never }[keyof Phrases];
type WordKey = Exclude<keyof Phrases, TemplateKey | "cartProblems" | "quantityWords">;

/** One language's file: its words, its quantity words (English → this language) and its templates. */
type PhraseFile = {
  words: Pick<Phrases, WordKey> & { quantityWords: Record<string, string> };
  templates: Record<TemplateKey, string> & { cartProblems: Record<CartProblem, string> };
};

const FILES: Record<Language, PhraseFile> = { en, es, de };
/** The names each template gives its function's arguments, in order. */
const ARGUMENTS: Record<TemplateKey, readonly string[]> = templateArguments;

type Value = string | number | boolean | undefined;

/**
 * A template's values: numbers as they are, `true`/`false` as `yes`/`no` (for `select`), and beside
 * each text `<name>Given` (`yes` when it is not empty), so a template can leave out an empty part.
 */
function templateValues(values: Record<string, Value>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "number") out[name] = value;
    else if (typeof value === "boolean") out[name] = value ? "yes" : "no";
    else {
      out[name] = value ?? "";
      out[`${name}Given`] = value ? "yes" : "no";
    }
  }
  return out;
}

/** Values a template needs beyond its arguments. */
const DERIVED: Partial<Record<TemplateKey, (values: Record<string, Value>) => Record<string, Value>>> = {
  // German joins a pack's size to its word ("400-g-Dose").
  sizedPack: ({ size }) => ({ sizeJoined: String(size).replace(/\s+/g, "-") }),
  planLine: ({ saving }) => ({ saves: Number(saving) > 0 }),
};

function build(language: Language): Phrases {
  const file = FILES[language];
  const t = createTranslator({ locale: language, messages: { phrases: file.templates }, namespace: "phrases" });
  const fill = (key: string, values: Record<string, Value>) => t(key as Parameters<typeof t>[0], templateValues(values));
  const functions = Object.fromEntries(
    (Object.keys(ARGUMENTS) as TemplateKey[]).map((key) => [
      key,
      (...args: Value[]) => {
        const values = Object.fromEntries(ARGUMENTS[key].map((name, index) => [name, args[index]]));
        return fill(key, { ...values, ...DERIVED[key]?.(values) });
      },
    ]),
  ) as Pick<Phrases, TemplateKey>;
  const cartProblems = Object.fromEntries(
    (Object.keys(file.templates.cartProblems) as CartProblem[]).map((problem) => [
      problem,
      (counts: CartCounts) => fill(`cartProblems.${problem}`, { ...counts, roomLeft: counts.room > 0 }),
    ]),
  ) as Phrases["cartProblems"];
  return { ...file.words, quantityWords: Object.entries(file.words.quantityWords), ...functions, cartProblems };
}

const PHRASES: Record<Language, Phrases> = { en: build("en"), es: build("es"), de: build("de") };

export function phrases(language: Language): Phrases {
  return PHRASES[language];
}

/** Every language's "for the ingredients", so a follow-up can read the totals of an answer in any of them. */
export const TOTAL_LABELS = Object.values(PHRASES).map((entry) => entry.forTheIngredients);

/** A diet tag in the shopper's words ("dairy-free" → "sin lácteos"). */
export function dietName(language: Language, diet: string): string {
  return (PHRASES[language].diets as Record<string, string | undefined>)[diet] ?? diet;
}

/** A plan's billing cadence in the shopper's words; one the table does not know stays as the tool gave it. */
export function cadenceName(language: Language, cadence: string): string {
  return (PHRASES[language].cadences as Record<string, string | undefined>)[cadence] ?? cadence;
}
