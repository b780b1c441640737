import type { Cuisine, Diet, Meal } from "../tools/schemas";
import { findCuisine } from "./cuisine-words";
import { normalizeQuestion, type Language } from "./normalize";

/**
 * How the local recipe model reads a shopper's question: which ingredients, diets, meal, budget,
 * servings and time it names, and what the shopper wants done. Pure and deterministic.
 */

export type Intent =
  | "recipes"
  | "product"
  | "facts"
  | "cart"
  | "shipping"
  | "plans"
  | "countries"
  | "damaged"
  | "support"
  | "greeting"
  | "refusal"
  | "unknown";

export type ParsedQuestion = {
  text: string;
  /** The language the shopper wrote in; the question is read in English after translation. */
  language: Language;
  intent: Intent;
  ingredients: string[];
  diet: Diet[];
  meal?: Meal;
  maxTotalCents?: number;
  servings?: number;
  maxMinutes?: number;
  /** Dish words ("risotto", "curry"), matched against recipe titles. */
  dishes: string[];
  /** The cuisine named ("a Thai curry"), matched against the recipe's cuisine tag. */
  cuisine?: Cuisine;
  /** Content words, for product searches and recipe titles. */
  terms: string;
  /** Ingredients the shopper does not want ("no onions"). */
  exclude: string[];
  /** "something cheaper": below the last answer's cheapest. */
  cheaper: boolean;
  /** "anything quicker?": faster than the last answer's quickest. */
  quicker: boolean;
  /** "the second one": which recipe of the last answer, counted from 1. */
  ordinal?: number;
  /** The country a delivery question names. */
  country?: string;
  /** Words that only make sense with the previous question ("what about…", "instead"). */
  followUp: boolean;
};

// Foods the model recognises. Compound names come first so "sweet potatoes" is not read as "potatoes".
const FOODS = [
  "sweet potato", "black bean", "kidney bean", "green bean", "peanut butter", "oat milk", "coconut milk", "almond milk",
  "olive oil", "rapeseed oil", "maple syrup", "green tea", "cherry tomato", "sun-dried tomato", "chilli flake", "bell pepper",
  "red onion", "brown rice", "basmati rice", "puy lentil", "red lentil", "dark chocolate", "coconut yoghurt", "greek yoghurt",
  "chickpea", "lentil", "tomato", "spinach", "kale", "onion", "garlic", "lemon", "lime", "avocado", "ginger", "carrot", "pepper",
  "mushroom", "coriander", "parsley", "banana", "blueberry", "berry", "cucumber", "bean", "rice", "pasta", "spaghetti", "penne",
  "noodle", "tofu", "egg", "butter", "cheese", "cheddar", "feta", "yoghurt", "yogurt", "oat", "coconut", "milk", "chocolate",
  "cacao", "tahini", "bread", "sourdough", "baguette", "tortilla", "pitta", "coffee", "tea", "cumin", "paprika", "turmeric",
  "cinnamon", "chilli", "flour", "sugar", "quinoa", "couscous", "chicken", "beef", "pork", "fish", "salmon", "tuna", "prawn",
  "bacon", "lamb", "potato", "apple", "orange", "broccoli", "cauliflower", "courgette", "zucchini", "aubergine", "eggplant",
  "corn", "pea", "hummus", "cashew", "almond", "walnut", "peanut", "honey", "kombucha", "juice",
];

// Words that name a dish rather than an ingredient: they find recipes by title.
const DISHES = [
  "risotto", "curry", "dal", "dhal", "taco", "salad", "soup", "stew", "hummus", "mousse", "cake", "frittata", "omelette",
  "shakshuka", "scramble", "toast", "latte", "bowl", "overnight oats", "porridge", "pancake", "panzanella", "pomodoro",
  "stir-fry", "stir fry", "burger", "sandwich", "wrap", "pizza", "smoothie", "traybake",
];

export function findDishes(text: string): string[] {
  const found: string[] = [];
  for (const dish of DISHES) {
    if (new RegExp(`\\b${dish.replace(/[\s-]/g, "[\\s-]?")}(?:e?s)?\\b`, "i").test(text) && !found.includes(dish)) found.push(dish);
  }
  return found.slice(0, 3);
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };

function pluralPattern(food: string): string {
  const escaped = food.replace(/-/g, "[\\s-]?");
  if (food.endsWith("y") && !/[aeiou]y$/.test(food)) return `${escaped.slice(0, -1)}(?:y|ies)`;
  if (food.endsWith("o")) return `${escaped}(?:es|s)?`;
  return `${escaped}(?:s|es)?`;
}

const FOOD_PATTERNS = FOODS.map((food) => ({ food, pattern: new RegExp(`^${pluralPattern(food)}$`, "i") }));
// One pass over the question: alternatives are tried in list order, so compounds win at a position.
const ANY_FOOD = new RegExp(`\\b(?:${FOODS.map(pluralPattern).join("|")})\\b`, "gi");

function pluralLabel(food: string): string {
  if (["rice", "pasta", "spinach", "kale", "garlic", "ginger", "tofu", "butter", "cheese", "yoghurt", "yogurt", "milk", "chocolate", "cacao",
    "tahini", "bread", "sourdough", "coffee", "tea", "cumin", "paprika", "turmeric", "cinnamon", "flour", "sugar", "quinoa", "couscous",
    "chicken", "beef", "pork", "fish", "salmon", "tuna", "bacon", "lamb", "broccoli", "cauliflower", "corn", "hummus", "honey", "kombucha",
    "juice", "coriander", "parsley", "feta", "cheddar", "chilli", "coconut milk", "oat milk", "almond milk", "olive oil", "rapeseed oil",
    "maple syrup", "green tea", "peanut butter", "dark chocolate", "coconut yoghurt", "greek yoghurt", "brown rice", "basmati rice"].includes(food)) {
    return food === "yogurt" ? "yoghurt" : food;
  }
  if (food.endsWith("y") && !/[aeiou]y$/.test(food)) return `${food.slice(0, -1)}ies`;
  if (food.endsWith("o")) return `${food}es`;
  if (food.endsWith("ch") || food.endsWith("sh")) return `${food}es`;
  return `${food}s`;
}

export function findIngredients(text: string): string[] {
  const found: string[] = [];
  for (const [word] of text.matchAll(ANY_FOOD)) {
    const food = FOOD_PATTERNS.find(({ pattern }) => pattern.test(word))?.food;
    if (food && !found.includes(pluralLabel(food))) found.push(pluralLabel(food));
  }
  return found.slice(0, 6);
}

function findDiet(text: string): Diet[] {
  const diet: Diet[] = [];
  if (/\b(vegan|plant[\s-]?based)\b/i.test(text)) diet.push("vegan");
  if (/\b(vegetarian|veggie|meat[\s-]?free)\b/i.test(text)) diet.push("vegetarian");
  if (/\b(gluten[\s-]?free|coeliac|celiac|no gluten|without gluten)\b/i.test(text)) diet.push("gluten-free");
  if (/\b(dairy[\s-]?free|non[\s-]?dairy|no dairy|without dairy|lactose[\s-]?free|lactose intoleran\w*)\b/i.test(text)) diet.push("dairy-free");
  if (/\b(nut[\s-]?free|no nuts?|without nuts?|(?:pea)?nut allerg\w*|allergic to (?:pea)?nuts)\b/i.test(text)) diet.push("nut-free");
  if (/\b(high[\s-]?protein|protein[\s-]?rich|lots of protein|more protein)\b/i.test(text)) diet.push("high-protein");
  if (/\b(organic)\b/i.test(text)) diet.push("organic");
  return diet;
}

function findMeal(text: string): Meal | undefined {
  if (/\b(breakfast|brunch)\b/i.test(text)) return "breakfast";
  if (/\blunch(es)?\b/i.test(text)) return "lunch";
  if (/\b(dinner|supper|tonight|this evening)\b/i.test(text)) return "dinner";
  if (/\bsnacks?\b/i.test(text)) return "snack";
  if (/\b(desserts?|pudding|sweet treat|something sweet)\b/i.test(text)) return "dessert";
  return undefined;
}

function findBudget(text: string): number | undefined {
  const match =
    text.match(/\$\s?(\d+(?:\.\d{1,2})?)/) ?? text.match(/\b(\d+(?:\.\d{1,2})?)\s?(?:dollars|bucks|usd)\b/i);
  if (!match) return undefined;
  const cents = Math.round(Number(match[1]) * 100);
  return cents > 0 && cents < 100_000_00 ? cents : undefined;
}

function toNumber(word: string): number | undefined {
  const value = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return value && value > 0 && value <= 20 ? value : undefined;
}

function findServings(text: string): number | undefined {
  const word = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)";
  const patterns = [
    new RegExp(`\\bserv(?:es|ing|ings)?\\s+${word}\\b`, "i"),
    new RegExp(`\\b${word}\\s+(?:servings|portions|people|persons|guests|adults|of us)\\b`, "i"),
    new RegExp(`\\bfamily of\\s+${word}\\b`, "i"),
    new RegExp(`\\bfor\\s+${word}\\b(?!\\s*(?:min|minutes|mins|hours?|\\$|dollars|bucks))`, "i"),
  ];
  for (const pattern of patterns) {
    const match = text.match(pattern);
    const value = match ? toNumber(match[1]) : undefined;
    if (value) return value;
  }
  if (/\b(for me|just me|for one|myself)\b/i.test(text)) return 1;
  return undefined;
}

function findMinutes(text: string): number | undefined {
  const match = text.match(/\b(?:under|in|within|less than|below|max(?:imum)?|up to)\s+(?:an?\s+)?(\d+|half an)\s*(min|mins|minutes|hour|hours)\b/i);
  if (match) {
    const amount = match[1].startsWith("half") ? 0.5 : Number(match[1]);
    return Math.round(/hour/i.test(match[2]) ? amount * 60 : amount);
  }
  if (/\b(an hour)\b/i.test(text) && /\b(under|within|less than)\b/i.test(text)) return 60;
  if (/\b(quick|quickly|fast|speedy|in a hurry|no time)\b/i.test(text)) return 20;
  return undefined;
}

const FILLER = new Set(
  (
    "a an the and or of to in on at by for with from is are was be do does did i me my we our you your it this that these those " +
    "what which how much many can could would should will any some have has had sell stock stocked carry available availability " +
    "left price prices cost costs there please tell know right now today still in-stock buy get find show"
  ).split(" "),
);

function contentWords(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []).filter((word) => !FILLER.has(word) && word.length > 1).join(" ");
}

const CART = /\b(add|put|pop|throw)\b[\s\S]*\b(cart|basket|trolley)\b/i;
const PRODUCT = /\b(in stock|stocked|any \S+(?: \S+)? left|out of stock|sold out|do you (?:have|sell|stock|carry)|have you got|is there any|are there any|available|how much (?:is|are|does|do)|price of|cost of)\b/i;
const RECIPE = /\b(cook|cooking|recipes?|make|meals?|dinner|lunch|breakfast|brunch|supper|tonight|eat|dish(?:es)?|ideas?|snacks?|desserts?|bake|baking|suggest|hungry|use up)\b/i;
// Cues that mean food even in a sentence that also mentions, say, delivery.
const STRONG_RECIPE = /\b(cook|cooking|recipes?|dinner|lunch|breakfast|brunch|supper|tonight|dish(?:es)?|snacks?|desserts?|bake|baking|hungry)\b/i;
const GREETING = /^\s*(hi|hello|hey|hiya|good (?:morning|afternoon|evening)|thanks|thank you|cheers)\b[\s!.,]*$/i;
const FOLLOW_UP = /\b(instead|another|other|else|what about|how about|any more|more ideas|cheaper|those|them|ones?)\b/i;

const DAMAGED = /\b(mouldy|moldy|mould|mold|damaged|broken|spoil(?:ed|t)|rotten|squashed|crushed|leak(?:ed|ing)|smashed|past its date|gone off|arrived (?:bad|off))\b/i;
const SHIPPING = /\b(shipping|postage|delivery (?:cost|charge|fee)s?)\b/i;
const PLANS = /\b(plans?|subscriptions?|membership)\b/i;
const PLAN_COMPARE = /\b(cheap\w*|per month|a month|monthly|best value|compare|which|value|cost|price)\b/i;
const DELIVER_TO = /\b(?:deliver|ship|send|post)\w*\b[^?]*?\b(?:to|in)\s+(?:the\s+)?([\p{L}][\p{L} ]{1,40}?)\s*[?.!]*$/iu;
const COUNTRY_LIST = /\b(which|what) countries\b|\bcountries (?:do )?you (?:deliver|ship)/i;
const FACTS = /\b(where from|from where|where (?:is|are|does|do)\b[^?]*\b(?:from|come from|grown|made|produced)|origin|organic|sustainab\w*|fair[\s-]?trade|ethical\w*|sourced)\b/i;

// Attempts to change the rules rather than ask about food: declined, never followed.
const INJECTION =
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(?:instructions?|rules|prompt|guidelines|programming)\b|\bsystem prompt\b|\b(?:hidden|secret|initial|original) (?:instructions?|prompt|rules)\b|\byou are now\b|\bdeveloper mode\b|\bjailbreak|\bDAN\b|\b(?:repeat|print|show|reveal|output)\b[^.?!]{0,30}\b(?:text|words|everything|instructions?|prompt) (?:above|before)\b|\b(?:reveal|print|show|tell me|give me|output)\b[^.?!]{0,20}\b(?:your|the) (?:instructions|prompt|rules)\b/i;
// Asking to be given something for nothing: plans, discounts, codes.
const FREEBIE = /\b(?:give|grant|send|make|unlock|activate|authori[sz]e)\b[^.?!]{0,50}\b(?:free (?:plans?|subscriptions?|months?|year|annual|monthly|quarterly|access|food|groceries|orders?|stuff)|(?:plans?|subscriptions?|access) free|discounts?|\d+\s?% off|coupons?|promo(?:tion)? codes?|vouchers?|refund codes?)\b/i;

const parsedQuestions = new Map<string, ParsedQuestion>();

/**
 * `supportScore` is how well the support guide covers the question (from `matchSupport`). Pure, so
 * the answer is remembered: the model reads the same question again at every step of a reply.
 */
export function parseQuestion(text: string, supportScore = 0): ParsedQuestion {
  const key = `${supportScore}\u0000${text}`;
  const known = parsedQuestions.get(key);
  if (known) return known;
  const parsed = readQuestion(text, supportScore);
  if (parsedQuestions.size >= 500) parsedQuestions.delete(parsedQuestions.keys().next().value ?? "");
  parsedQuestions.set(key, parsed);
  return parsed;
}

const EXCLUDE = /\b(?:no|without|not|minus|hold the|skip(?: the)?|don't (?:like|want|eat)|do not (?:like|want|eat)|allergic to|hate)\s+((?:[\p{L}-]+(?:,?\s+(?:or|and|nor)\s+|,\s*)?){1,4})/giu;
const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, last: 3 };

function findExclusions(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(EXCLUDE)) for (const food of findIngredients(match[1])) if (!out.includes(food)) out.push(food);
  return out;
}

function readQuestion(original: string, supportScore: number): ParsedQuestion {
  const { text, language } = normalizeQuestion(original);
  const exclude = findExclusions(text);
  const ingredients = findIngredients(text).filter((food) => !exclude.includes(food));
  const diet = findDiet(text);
  const parsed: ParsedQuestion = {
    text,
    language,
    intent: "unknown",
    ingredients,
    diet,
    meal: findMeal(text),
    maxTotalCents: findBudget(text),
    servings: findServings(text),
    maxMinutes: findMinutes(text),
    dishes: findDishes(text),
    cuisine: findCuisine(text),
    exclude,
    cheaper: /\b(cheaper|less expensive|lower price|on a budget|cheapest)\b/i.test(text),
    quicker: /\b(quicker|faster|less time|shorter)\b/i.test(text),
    ordinal: ORDINALS[text.match(/\bthe (first|1st|second|2nd|third|3rd|last)(?: one| recipe)?\b/i)?.[1]?.toLowerCase() ?? ""],
    terms: contentWords(text),
    followUp: FOLLOW_UP.test(text),
  };
  // A question of constraints only ("for 8 people", "no onions", "quicker?") refines the last one.
  const constraintsOnly = ingredients.length === 0 && parsed.dishes.length === 0 && parsed.meal === undefined && parsed.cuisine === undefined;
  if (constraintsOnly && (parsed.servings || exclude.length || parsed.cheaper || parsed.maxMinutes || parsed.quicker)) parsed.followUp = true;
  const recipeCue = RECIPE.test(text) || diet.length > 0 || parsed.meal !== undefined || parsed.dishes.length > 0 || parsed.cuisine !== undefined;
  const strongRecipe = STRONG_RECIPE.test(text);
  const deliverTo = text.match(DELIVER_TO);
  // The translated text too, so "ignora tus instrucciones" is read as what it is.
  if (INJECTION.test(original) || FREEBIE.test(original) || INJECTION.test(text) || FREEBIE.test(text)) parsed.intent = "refusal";
  else if (CART.test(text)) parsed.intent = "cart";
  else if (parsed.followUp && !recipeCue && ingredients.length === 0 && supportScore < 6 && !PLANS.test(text) && !SHIPPING.test(text)) {
    parsed.intent = "recipes";
  }
  else if (DAMAGED.test(text) && !strongRecipe) parsed.intent = "damaged";
  // Spanish and German shipping questions get the rule worked out in their language, not the English guide.
  else if (SHIPPING.test(text) && (parsed.maxTotalCents !== undefined || language !== "en") && !strongRecipe) parsed.intent = "shipping";
  else if (COUNTRY_LIST.test(text) || (deliverTo && !strongRecipe && ingredients.length === 0)) {
    parsed.intent = "countries";
    parsed.country = deliverTo?.[1]?.trim();
  } else if (PLANS.test(text) && PLAN_COMPARE.test(text) && !strongRecipe) parsed.intent = "plans";
  else if (FACTS.test(text) && !strongRecipe && (ingredients.length > 0 || /\byour\b/i.test(text))) parsed.intent = "facts";
  else if (PRODUCT.test(text) && ingredients.length > 0 && !strongRecipe) parsed.intent = "product";
  else if (supportScore >= 6 && ingredients.length === 0 && !strongRecipe) parsed.intent = "support";
  else if (recipeCue || ingredients.length > 0) parsed.intent = "recipes";
  else if (GREETING.test(text)) parsed.intent = "greeting";
  else if (supportScore > 0) parsed.intent = "support";
  return parsed;
}

/**
 * A follow-up such as "any vegetarian ones instead?" keeps the ingredients (and anything else it
 * does not change) from the question before it.
 */
export function withContext(current: ParsedQuestion, previous: ParsedQuestion | undefined): ParsedQuestion {
  if (!previous || previous.intent !== "recipes" || current.intent !== "recipes") return current;
  if (current.ingredients.length > 0 || !current.followUp) return current;
  return {
    ...current,
    ingredients: previous.ingredients,
    exclude: [...new Set([...previous.exclude, ...current.exclude])],
    dishes: current.dishes.length > 0 ? current.dishes : previous.dishes,
    diet: [...new Set([...previous.diet, ...current.diet])],
    meal: current.meal ?? previous.meal,
    cuisine: current.cuisine ?? previous.cuisine,
    maxTotalCents: current.maxTotalCents ?? previous.maxTotalCents,
    servings: current.servings ?? previous.servings,
    maxMinutes: current.maxMinutes ?? previous.maxMinutes,
  };
}
