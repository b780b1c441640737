import { formatCents } from "@/lib/money/format";
import type { ParsedQuestion } from "./question";
import type { SupportMatch } from "./support-answers";
import type {
  AddRecipeToCartOutput,
  CheckStockOutput,
  DeliveryCountriesOutput,
  FindRecipesOutput,
  ListPlansOutput,
  ProductDetailsOutput,
  ShippingQuoteOutput,
  ProductSummary,
  RecipeIngredient,
  RecipeMatch,
  SearchProductsOutput,
} from "./tool-schemas";

/**
 * The local recipe model's answers, written from tool results only. Every product named links to
 * its page and carries the price and stock the tool just read.
 */

function link(product: ProductSummary): string {
  return `[${product.name}](${product.url})`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function stockNote(product: ProductSummary): string {
  if (product.status === "sold_out") return "**sold out**";
  if (product.status === "low_stock") return `only ${product.stock} left`;
  return "in stock";
}

export function describeFilters(question: ParsedQuestion, { budget = true } = {}): string {
  const parts: string[] = [];
  if (question.ingredients.length) parts.push(`with ${list(question.ingredients)}`);
  if (question.diet.length) parts.push(list(question.diet));
  if (question.meal) parts.push(`for ${question.meal}`);
  if (question.servings) parts.push(`for ${question.servings} ${question.servings === 1 ? "person" : "people"}`);
  if (question.maxMinutes) parts.push(`ready in ${question.maxMinutes} minutes or less`);
  if (budget && question.maxTotalCents !== undefined) parts.push(`under ${formatCents(question.maxTotalCents)}`);
  return parts.join(", ");
}

function ingredientItem(ingredient: RecipeIngredient): string {
  const { product, substitute, quantity, units, lineCents } = ingredient;
  if (substitute) return `${product.name} is **sold out**, so use ${link(substitute)} instead (${quantity}, ${formatCents(substitute.priceCents * units)})`;
  if (!ingredient.available) return `${product.name} is **sold out** with no substitute in stock, so leave it out`;
  const low = product.status === "low_stock" ? `, only ${product.stock} left` : "";
  return `${link(product)} (${quantity}, ${units > 1 ? `${units} × ${formatCents(product.priceCents)} = ` : ""}${formatCents(lineCents)}${low})`;
}

/** One line per recipe: the shopping list with today's prices, sold-out items and their swaps named. */
function shoppingLine(recipe: RecipeMatch): string {
  const required = recipe.ingredients.filter((ingredient) => !ingredient.optional).map(ingredientItem);
  const optional = recipe.ingredients.filter((ingredient) => ingredient.optional).map(ingredientItem);
  return `You'll need: ${required.join("; ")}.${optional.length ? ` Optional: ${optional.join("; ")}.` : ""}`;
}

function reasons(recipe: RecipeMatch, question: ParsedQuestion): string {
  const why: string[] = [];
  if (recipe.matchedIngredients.length) why.push(`uses ${list(recipe.matchedIngredients)}`);
  for (const tag of question.diet) if (recipe.tags.includes(tag)) why.push(`is ${tag}`);
  if (question.meal) why.push(`makes a good ${question.meal}`);
  if (question.maxMinutes) why.push(`is ready in ${recipe.minutes} minutes`);
  if (question.servings) {
    why.push(recipe.baseServings === recipe.servings ? `serves ${recipe.servings}` : `is scaled from ${recipe.baseServings} servings to ${recipe.servings}, quantities and cost included`);
  }
  if (question.maxTotalCents !== undefined && recipe.withinBudget) why.push(`comes to ${formatCents(recipe.totalCents)}, within your ${formatCents(question.maxTotalCents)}`);
  if (why.length === 0) why.push("every ingredient you need is in stock now");
  return `Why it fits: it ${list(why)}.`;
}

function recipeBlock(recipe: RecipeMatch, index: number, question: ParsedQuestion): string {
  const swaps = recipe.ingredients.filter((ingredient) => ingredient.substitute && !ingredient.optional).length;
  const swapNote =
    swaps === 0 ? "" : swaps === 1 ? " One ingredient is sold out, so I've named an in-stock swap." : ` ${swaps} ingredients are sold out, so I've named in-stock swaps.`;
  const perServing = formatCents(Math.round(recipe.totalCents / Math.max(1, recipe.servings)));
  const overBudget =
    recipe.withinBudget === false && question.maxTotalCents !== undefined
      ? ` It comes to ${formatCents(recipe.totalCents)}, ${formatCents(recipe.totalCents - question.maxTotalCents)} over your budget, because you buy whole packs; many of them (spices, garlic, oil) last for more meals.`
      : "";
  const lines = [
    `**${index + 1}. ${recipe.title}** — ${recipe.meal}, ${recipe.minutes} min, serves ${recipe.servings}, ${formatCents(recipe.totalCents)} for the ingredients (${perServing} a serving)`,
    recipe.summary,
    reasons(recipe, question) + swapNote + overBudget,
    shoppingLine(recipe),
  ];
  return lines.join("\n");
}

function namedIngredientNotes(searches: SearchProductsOutput[]): string[] {
  return searches.flatMap((search) => {
    const [top] = search.products;
    if (!top) return [];
    if (top.status !== "sold_out") return [`${link(top)} is ${stockNote(top)} at ${formatCents(top.priceCents)}.`];
    const alternative = search.products.find((product) => product.status !== "sold_out");
    return [
      `${top.name} is **sold out** right now${alternative ? `; ${link(alternative)} is in stock at ${formatCents(alternative.priceCents)}` : ""}.`,
    ];
  });
}

export function composeRecipes(question: ParsedQuestion, found: FindRecipesOutput, searches: SearchProductsOutput[] = []): string {
  const filters = describeFilters(question);
  const blocks: string[] = [];
  const withinBudget = found.recipes.filter((recipe) => recipe.withinBudget !== false);
  if (withinBudget.length > 0) {
    const count = found.recipes.length === 1 ? "a recipe" : `${found.recipes.length} recipes`;
    blocks.push(`Here ${found.recipes.length === 1 ? "is" : "are"} ${count} you can cook from what's in stock right now${filters ? ` (${filters})` : ""}:`);
  } else if (found.recipes.length > 0 && question.maxTotalCents !== undefined) {
    const others = describeFilters(question, { budget: false });
    blocks.push(
      `No recipe${others ? ` ${others}` : ""} comes in under ${formatCents(question.maxTotalCents)} when you buy every ingredient, but ${found.recipes.length === 1 ? "this one is" : "these are"} the closest you can cook from what's in stock right now:`,
    );
  } else {
    blocks.push(`I couldn't find a recipe${filters ? ` ${filters}` : ""} that can be made from what's in stock right now.`);
  }
  found.recipes.forEach((recipe, index) => blocks.push(recipeBlock(recipe, index, question)));
  const notes = namedIngredientNotes(searches);
  if (notes.length) blocks.push(notes.join(" "));
  if (found.unknownIngredients.length) {
    blocks.push(`We don't sell ${list(found.unknownIngredients)} at the moment, so I couldn't use ${found.unknownIngredients.length === 1 ? "it" : "them"}.`);
  }
  const excluded = found.excluded.slice(0, 3).map((recipe) => {
    if (recipe.reason === "sold_out") {
      return `**${recipe.title}** needs ${list(recipe.missing)}, which ${recipe.missing.length === 1 ? "is" : "are"} sold out with no substitute in stock.`;
    }
    if (recipe.reason === "diet") {
      const diets = list(recipe.diets ?? []);
      return `**${recipe.title}** is not ${diets}${recipe.missing.length ? `: it needs ${list(recipe.missing)}` : ""}.`;
    }
    return `**${recipe.title}** would come to ${formatCents(recipe.totalCents)}, over your budget.`;
  });
  if (excluded.length) blocks.push(`Not suggested right now: ${excluded.join(" ")}`);
  if (found.recipes.length > 0) {
    blocks.push('Press "Add ingredients to cart" on a recipe card to put everything that is in stock in your cart.');
  } else {
    blocks.push("Try fewer filters, a bigger budget, or another ingredient, and I'll look again.");
  }
  return blocks.join("\n\n");
}

export function composeProducts(question: ParsedQuestion, search: SearchProductsOutput | undefined, stock: CheckStockOutput | undefined): string {
  const products = stock?.products.length ? stock.products : (search?.products ?? []);
  const looking = question.ingredients.length ? list(question.ingredients) : question.terms || question.text;
  if (products.length === 0) return `I couldn't find ${looking} in the shop. We may not sell it; the Shop page lets you browse everything we have.`;
  const lines = products.map((product) => `- ${link(product)}: ${formatCents(product.priceCents)}, ${stockNote(product)}`);
  const available = products.filter((product) => product.status !== "sold_out");
  const summary =
    available.length === 0
      ? `Everything I found for ${looking} is sold out right now.`
      : `Here's what we have for ${looking}, with stock as of right now:`;
  return [summary, lines.join("\n"), "Want recipe ideas that use them? Just ask."].join("\n\n");
}

export function composeCart(found: FindRecipesOutput | undefined, result: AddRecipeToCartOutput | undefined, question: ParsedQuestion): string {
  if (!result || !result.recipe) {
    const named = question.terms ? ` matching "${question.terms}"` : "";
    return `I couldn't find a recipe${named} that can be made from what's in stock, so I haven't added anything. Ask me for ideas first, then tell me which one to add.${
      found?.excluded.length ? `\n\n${found.excluded.map((recipe) => `**${recipe.title}** can't be made right now: ${list(recipe.missing)} ${recipe.missing.length === 1 ? "is" : "are"} sold out.`).join(" ")}` : ""
    }`;
  }
  const blocks: string[] = [];
  if (result.added.length) {
    blocks.push(`I've added the ingredients for **${result.recipe.title}** to your cart:`);
    blocks.push(
      result.added
        .map((item) => `- ${item.quantity} × ${item.name}${item.substituteFor ? ` (instead of ${item.substituteFor}, which is sold out)` : ""}`)
        .join("\n"),
    );
  } else {
    blocks.push(`I couldn't add any ingredients for **${result.recipe.title}** to your cart.`);
  }
  if (result.notAdded.length) {
    blocks.push(`Not added:\n${result.notAdded.map((item) => `- ${item.name}: ${item.reason}`).join("\n")}`);
  }
  blocks.push("Open your cart to check quantities before you pay.");
  return blocks.join("\n\n");
}

export function composeFacts(question: ParsedQuestion, details: ProductDetailsOutput | undefined): string {
  const looking = question.ingredients.length ? list(question.ingredients) : question.terms || question.text;
  if (!details || details.products.length === 0) return `I couldn't find ${looking} in the shop, so I can't tell you where it comes from.`;
  const lines = details.products.map((product) => {
    const organic = product.organic ? "organic" : "not certified organic";
    return `- ${link(product)} (${formatCents(product.priceCents)}, ${stockNote(product)}): from ${product.origin || "an origin we haven't recorded"}; ${organic}. ${product.sustainability}`;
  });
  return [`Here's what we know about ${looking}, from the product pages:`, lines.join("\n")].join("\n\n");
}

export function composeShipping(quote: ShippingQuoteOutput): string {
  const free = formatCents(quote.freeShippingFromCents);
  if (quote.subtotalCents === null) return `${quote.rule} Tell me what your basket comes to and I'll work out how far you are from free shipping.`;
  if (quote.missingForFreeCents === 0) return `Yes: at ${formatCents(quote.subtotalCents)} your shipping is free (it's free from ${free}).`;
  return `No, not yet: at ${formatCents(quote.subtotalCents)} shipping is ${formatCents(quote.shippingCents ?? quote.flatShippingCents)}. Add ${formatCents(quote.missingForFreeCents ?? 0)} more to reach ${free} and it's free.`;
}

export function composePlans(listed: ListPlansOutput): string {
  const cheapest = listed.plans.find((plan) => plan.id === listed.cheapestPerMonth);
  const lines = listed.plans.map(
    (plan) => `- **${plan.name}**: ${formatCents(plan.amountCents)} ${plan.cadence}, ${formatCents(plan.perMonthCents)} a month${plan.savingPercent > 0 ? ` (saves ${plan.savingPercent}% against Monthly)` : ""}`,
  );
  return [
    cheapest ? `The cheapest per month is **${cheapest.name}** at ${formatCents(cheapest.perMonthCents)} a month (${formatCents(cheapest.amountCents)} ${cheapest.cadence}).` : "Here are our plans:",
    lines.join("\n"),
    `You can compare and subscribe on the [plans page](${listed.url}).`,
  ].join("\n\n");
}

export function composeCountries(result: DeliveryCountriesOutput): string {
  const names = list(result.countries.map((country) => country.name));
  if (!result.asked) return `We deliver to ${names}.`;
  if (result.asked.ships) return `Yes, we deliver to ${result.asked.name}. You can choose it at checkout.`;
  return `Sorry, we don't deliver to ${result.asked.query} at the moment. The checkout ships to ${names}.`;
}

export function composeDamaged(matches: SupportMatch[]): string {
  const answers = matches.map(({ entry }) => `**${entry.question}**\n${entry.answer}`);
  return ["I'm sorry your order arrived like that. Here's our policy for damaged or spoiled items:", ...answers].join("\n\n");
}

export function composeSupport(matches: SupportMatch[]): string {
  if (matches.length === 0) return composeUnknown();
  const answers = matches.map(({ entry }) => `**${entry.question}**\n${entry.answer}`);
  return [`Here's what our support guide says:`, ...answers, "Anything else I can help with?"].join("\n\n");
}

export function composeGreeting(): string {
  return [
    "Hello! I'm Beyond Earth's recipe assistant, running on the built-in local recipe model.",
    "Tell me what you'd like to cook — an ingredient, a diet such as vegan or gluten-free, a meal, a budget or how many people — and I'll suggest recipes you can make from what's in stock right now, with prices and links. I can also answer questions about shipping, returns, packaging and plans.",
  ].join("\n\n");
}

export function composeUnknown(): string {
  return [
    "I'm not sure about that, and I'd rather not guess.",
    "I'm the shop's built-in local recipe model: I know our recipes, what's in stock right now, and our support guide (shipping, returns, packaging and sustainability, plans and payments). Try something like \"What can I cook tonight with chickpeas, vegan, under $15?\" or \"How much is shipping?\"",
  ].join("\n\n");
}

export function composeToolFailure(): string {
  return "I couldn't check the shop's stock just now, so I won't guess. Please ask again in a moment.";
}
