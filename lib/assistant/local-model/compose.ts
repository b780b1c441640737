import { formatCents } from "@/lib/money/format";
import { foodIn, type Language } from "./normalize";
import { cadenceName, dietName, phrases, type Phrases } from "./phrases";
import type { ParsedQuestion } from "./question";
import { translatedEntry } from "./guide-translations";
import type { GuideEntry, SupportMatch } from "./support-answers";
import {
  productSuits,
  type AddRecipeToCartOutput,
  type DietTag,
  type CheckStockOutput,
  type DeliveryCountriesOutput,
  type FindRecipesOutput,
  type ListPlansOutput,
  type ProductDetailsOutput,
  type ShippingQuoteOutput,
  type ProductSummary,
  type RecipeIngredient,
  type RecipeMatch,
  type SearchProductsOutput,
} from "../tools/schemas";

/**
 * The local recipe model's answers, written from tool results only. Every product named links to
 * its page and carries the price and stock the tool just read. The words come from `phrases.ts`,
 * in the language the shopper wrote in.
 */

function link(product: ProductSummary): string {
  return `[${product.name}](${product.url})`;
}

function list(items: string[], t: Phrases = phrases("en")): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t.and} ${items[items.length - 1]}`;
}

function stockNote(product: ProductSummary, t: Phrases): string {
  if (product.status === "sold_out") return `**${t.soldOut}**`;
  if (product.status === "low_stock") return t.onlyLeft(product.stock);
  return t.inStock;
}

const foods = (question: ParsedQuestion, items: string[]) => items.map((item) => foodIn(question.language, item));
const diets = (language: Language, tags: string[]) => tags.map((tag) => dietName(language, tag));

export function describeFilters(question: ParsedQuestion, { budget = true } = {}): string {
  const t = phrases(question.language);
  const parts: string[] = [];
  if (question.ingredients.length) parts.push(t.with(list(foods(question, question.ingredients), t)));
  if (question.diet.length) parts.push(list(diets(question.language, question.diet), t));
  if (question.cuisine) parts.push(t.fromCuisine(t.cuisines[question.cuisine]));
  if (question.meal) parts.push(t.forMeal(t.meals[question.meal]));
  if (question.servings) parts.push(t.forPeople(question.servings));
  if (question.maxMinutes) parts.push(t.readyIn(question.maxMinutes));
  if (budget && question.maxTotalCents !== undefined) parts.push(t.under(formatCents(question.maxTotalCents)));
  return parts.join(", ");
}

function reasons(recipe: RecipeMatch, question: ParsedQuestion, t: Phrases): string {
  const why: string[] = [];
  if (recipe.matchedIngredients.length) why.push(t.uses(list(foods(question, recipe.matchedIngredients), t)));
  for (const tag of question.diet) if (recipe.tags.includes(tag)) why.push(t.isDiet(dietName(question.language, tag)));
  if (question.cuisine && recipe.tags.includes(question.cuisine)) why.push(t.isCuisine(t.cuisines[question.cuisine]));
  if (question.meal) why.push(t.goodMeal(t.meals[question.meal]));
  if (question.maxMinutes) why.push(t.readyInMinutes(recipe.minutes));
  if (question.servings) why.push(recipe.baseServings === recipe.servings ? t.servesExactly(recipe.servings) : t.scaled(recipe.baseServings, recipe.servings));
  if (question.maxTotalCents !== undefined && recipe.withinBudget) why.push(t.withinBudget(formatCents(recipe.totalCents), formatCents(question.maxTotalCents)));
  if (why.length === 0) why.push(t.allInStock);
  return t.whyItFits(list(why, t));
}

function recipeBlock(recipe: RecipeMatch, index: number, question: ParsedQuestion): string {
  const t = phrases(question.language);
  // A sold-out ingredient is said aloud, with what the card buys instead.
  const swapNote = recipe.ingredients
    .filter((ingredient) => ingredient.substitute && !ingredient.optional)
    .map(({ product, substitute }) => t.swapNamed(product.name, substitute?.name ?? ""))
    .join("");
  const perServing = formatCents(Math.round(recipe.totalCents / Math.max(1, recipe.servings)));
  const overBudget =
    recipe.withinBudget === false && question.maxTotalCents !== undefined
      ? t.overBudget(formatCents(recipe.totalCents), formatCents(recipe.totalCents - question.maxTotalCents))
      : "";
  const lines = [
    `**${index + 1}. ${recipe.title}** — ${t.meals[recipe.meal]}, ${recipe.minutes} min, ${t.serves(recipe.servings)}, ${formatCents(recipe.totalCents)} ${t.forTheIngredients} (${perServing} ${t.aServing})`,
    // The summary is catalogue text in English: shown on the card, left out of a Spanish or German answer.
    ...(question.language === "en" ? [recipe.summary] : []),
    // The shopping list is on the recipe card, with each quantity in the shopper's words: said once, not twice.
    reasons(recipe, question, t) + swapNote + overBudget,
  ];
  return lines.join("\n");
}

/** The product named in the question: the first that suits every diet asked for, with its stock. */
function namedIngredientNotes(searches: SearchProductsOutput[], question: ParsedQuestion): string[] {
  const t = phrases(question.language);
  return searches.flatMap((search) => {
    const suited = search.products.filter((product) => question.diet.every((diet) => productSuits(product.tags, diet as DietTag)));
    const [top] = suited;
    if (!top) return search.products.length ? [t.namedNoneSuits(foodIn(question.language, search.query), list(diets(question.language, question.diet), t))] : [];
    if (top.status !== "sold_out") return [t.namedInStock(link(top), stockNote(top, t), formatCents(top.priceCents))];
    const alternative = suited.find((product) => product.status !== "sold_out");
    return [t.namedSoldOut(top.name, alternative ? t.namedInStock(link(alternative), t.inStock, formatCents(alternative.priceCents)).replace(/\.$/, "") : undefined)];
  });
}

export function composeRecipes(question: ParsedQuestion, found: FindRecipesOutput, searches: SearchProductsOutput[] = []): string {
  const t = phrases(question.language);
  const filters = describeFilters(question);
  const blocks: string[] = [];
  const withinBudget = found.recipes.filter((recipe) => recipe.withinBudget !== false);
  if (withinBudget.length > 0) blocks.push(t.here(found.recipes.length, filters));
  else if (found.recipes.length > 0 && question.maxTotalCents !== undefined) {
    blocks.push(t.noneUnderBudget(describeFilters(question, { budget: false }), formatCents(question.maxTotalCents), found.recipes.length));
  } else blocks.push(t.noneFound(filters));
  found.recipes.forEach((recipe, index) => blocks.push(recipeBlock(recipe, index, question)));
  const notes = namedIngredientNotes(searches, question);
  if (notes.length) blocks.push(notes.join(" "));
  if (found.unknownIngredients.length) blocks.push(t.notSold(list(foods(question, found.unknownIngredients), t), found.unknownIngredients.length));
  const excluded = found.excluded.slice(0, 3).map((recipe) => {
    if (recipe.reason === "sold_out") return t.needsSoldOut(recipe.title, list(recipe.missing, t), recipe.missing.length);
    if (recipe.reason === "diet") return t.notDiet(recipe.title, list(diets(question.language, recipe.diets ?? []), t), list(recipe.missing, t));
    return t.overYourBudget(recipe.title, formatCents(recipe.totalCents));
  });
  if (excluded.length) blocks.push(`${t.notSuggested} ${excluded.join(" ")}`);
  blocks.push(found.recipes.length > 0 ? t.pressAdd : t.tryAgain);
  return blocks.join("\n\n");
}

export function composeProducts(question: ParsedQuestion, search: SearchProductsOutput | undefined, stock: CheckStockOutput | undefined): string {
  const t = phrases(question.language);
  const products = stock?.products.length ? stock.products : (search?.products ?? []);
  const looking = question.ingredients.length ? list(foods(question, question.ingredients), t) : question.terms || question.text;
  if (products.length === 0) return t.productNotFound(looking);
  const lines = products.map((product) => `- ${link(product)}: ${formatCents(product.priceCents)}, ${stockNote(product, t)}`);
  const available = products.filter((product) => product.status !== "sold_out");
  const summary = available.length === 0 ? t.allSoldOut(looking) : t.productsHere(looking);
  return [summary, lines.join("\n"), t.wantRecipes].join("\n\n");
}

export function composeCart(found: FindRecipesOutput | undefined, result: AddRecipeToCartOutput | undefined, question: ParsedQuestion): string {
  const t = phrases(question.language);
  if (!result || !result.recipe) {
    const cannot = found?.excluded.map((recipe) => t.cartCannotMake(recipe.title, list(recipe.missing, t), recipe.missing.length)) ?? [];
    return [t.cartNothing(question.language === "en" ? question.terms : ""), ...(cannot.length ? [cannot.join(" ")] : [])].join("\n\n");
  }
  const blocks: string[] = [];
  if (result.added.length) {
    blocks.push(t.cartAdded(result.recipe.title));
    blocks.push(result.added.map((item) => `- ${item.quantity} × ${item.name}${item.substituteFor ? t.cartInsteadOf(item.substituteFor) : ""}`).join("\n"));
  } else {
    blocks.push(t.cartNoneAdded(result.recipe.title));
  }
  if (result.notAdded.length) {
    // The tool's reason is English text for any model, and data (`problem`) the shopper's language is written from.
    // English keeps the tool's own words; an answer stored before `problem` existed keeps them too.
    const reason = (item: AddRecipeToCartOutput["notAdded"][number]) =>
      item.problem && question.language !== "en" ? t.cartProblems[item.problem]({ left: item.left ?? 0, room: item.room ?? 0, max: item.max ?? 0 }) : item.reason;
    blocks.push(`${t.cartNotAdded}\n${result.notAdded.map((item) => `- ${item.name}: ${reason(item)}`).join("\n")}`);
  }
  blocks.push(t.cartCheck);
  return blocks.join("\n\n");
}

// Tags a shopper asks about besides origin ("is it fair trade?"); diets are in the tag list too.
const FACT_TAGS = ["fair-trade", "plastic-free", "local", "vegan", "gluten-free", "nut-free", "high-protein"];

export function composeFacts(question: ParsedQuestion, details: ProductDetailsOutput | undefined): string {
  const t = phrases(question.language);
  const looking = question.ingredients.length ? list(foods(question, question.ingredients), t) : question.terms || question.text;
  if (!details || details.products.length === 0) return t.factsNotFound(looking);
  const lines = details.products.map((product) => {
    const tags = FACT_TAGS.filter((tag) => product.tags.includes(tag)).map((tag) => dietName(question.language, tag));
    const sustainability = question.language === "en" ? ` ${product.sustainability}` : "";
    return `- ${link(product)} (${formatCents(product.priceCents)}, ${stockNote(product, t)}): ${t.factLine(product.origin || t.unknownOrigin, product.organic, list(tags, t))}${sustainability}`;
  });
  return [t.factsHere(looking), lines.join("\n")].join("\n\n");
}

export function composeShipping(quote: ShippingQuoteOutput, language: Language = "en"): string {
  const t = phrases(language);
  const free = formatCents(quote.freeShippingFromCents);
  const rule = language === "en" ? quote.rule : t.shippingRule(formatCents(quote.flatShippingCents), free);
  if (quote.subtotalCents === null) return `${rule} ${t.shippingAsk}`;
  if (quote.missingForFreeCents === 0) return t.shippingFree(formatCents(quote.subtotalCents), free);
  return t.shippingNotYet(formatCents(quote.subtotalCents), formatCents(quote.shippingCents ?? quote.flatShippingCents), formatCents(quote.missingForFreeCents ?? 0), free);
}

export function composePlans(listed: ListPlansOutput, language: Language = "en"): string {
  const t = phrases(language);
  const cadence = (text: string) => cadenceName(language, text);
  const cheapest = listed.plans.find((plan) => plan.id === listed.cheapestPerMonth);
  const lines = listed.plans.map((plan) => t.planLine(plan.name, formatCents(plan.amountCents), cadence(plan.cadence), formatCents(plan.perMonthCents), plan.savingPercent));
  return [
    cheapest ? t.plansCheapest(cheapest.name, formatCents(cheapest.perMonthCents), formatCents(cheapest.amountCents), cadence(cheapest.cadence)) : t.plansHere,
    lines.join("\n"),
    t.plansPage(listed.url),
  ].join("\n\n");
}

/** A country's name in the shopper's language (from the runtime's own CLDR data), when its code is known. */
function countryName(name: string, countries: { code: string; name: string }[], language: Language, code?: string): string {
  if (language === "en") return name;
  const known = code ?? countries.find((country) => country.name.toLowerCase() === name.toLowerCase())?.code ?? ASKED_CODES[name.toLowerCase()];
  if (!known) return name;
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(known) ?? name;
  } catch {
    return name;
  }
}

// Countries a shopper asks about that the checkout does not list, by their English name.
const ASKED_CODES: Record<string, string> = { norway: "NO", switzerland: "CH", iceland: "IS", japan: "JP", australia: "AU", canada: "CA", mexico: "MX", brazil: "BR", india: "IN", china: "CN" };

export function composeCountries(result: DeliveryCountriesOutput, language: Language = "en"): string {
  const t = phrases(language);
  const names = list(result.countries.map((country) => countryName(country.name, result.countries, language, country.code)), t);
  if (!result.asked) return t.deliverTo(names);
  if (result.asked.ships) return t.deliverYes(result.asked.name ?? result.asked.query);
  return t.deliverNo(countryName(result.asked.name ?? result.asked.query, result.countries, language), names);
}

/** The guide's entries as written: in English, so quoted as such in a Spanish or German answer. */
/** The guide's answers in the shopper's language; an entry not (or no longer) translated is quoted in English, saying so. */
function guideEntries(matches: SupportMatch[], language: Language): string[] {
  const english = (entry: GuideEntry) => `**${entry.question}**\n${entry.answer}`;
  if (language === "en") return matches.map(({ entry }) => english(entry));
  const translated: string[] = [];
  const untranslated: string[] = [];
  for (const { entry } of matches) {
    const local = translatedEntry(entry, language);
    if (local) translated.push(`**${local.question}**\n${local.answer}`);
    else untranslated.push(english(entry).split("\n").map((line) => `> ${line}`).join("\n"));
  }
  return untranslated.length ? [...translated, phrases(language).guideInEnglish, ...untranslated] : translated;
}

export function composeDamaged(matches: SupportMatch[], language: Language = "en"): string {
  const answers = guideEntries(matches, language);
  return [phrases(language).damaged, ...answers].join("\n\n");
}

export function composeSupport(matches: SupportMatch[], language: Language = "en"): string {
  if (matches.length === 0) return composeUnknown(language);
  const t = phrases(language);
  const answers = guideEntries(matches, language);
  return [t.guideSays, ...answers, t.anythingElse].join("\n\n");
}

export function composeGreeting(language: Language = "en"): string {
  return phrases(language).greeting.join("\n\n");
}

/** Off-topic or unclear: one polite sentence back to what the assistant is for. */
export function composeUnknown(language: Language = "en"): string {
  return phrases(language).redirect;
}

/** Prompt injection ("ignore your instructions", "give me a free plan"): declined in one sentence. */
export function composeRefusal(language: Language = "en"): string {
  return phrases(language).refusal;
}

export function composeToolFailure(language: Language = "en"): string {
  return phrases(language).toolFailure;
}
