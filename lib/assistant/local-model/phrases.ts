import type { AddRecipeToCartOutput, Cuisine, Diet, Meal } from "../tools/schemas";
import type { Language } from "./normalize";

/**
 * Every sentence the local recipe model writes, in English, Spanish and German: one home, so a
 * question asked in Spanish is answered entirely in Spanish. Product names, recipe titles and
 * quantities are catalogue content and stay as the catalogue has them.
 *
 * Each language is one value of the one `Phrases` type: a key missing from a language, a diet,
 * cuisine, meal or plan cadence without its word, is a type error, not an English word in a
 * Spanish answer.
 */

/** How the plan catalogue words a plan's billing (lib/plans/catalog.ts), as listPlans returns it. */
type Cadence = "every month" | "every 3 months" | "every year";
type CartProblem = NonNullable<AddRecipeToCartOutput["notAdded"][number]["problem"]>;
type CartCounts = { left: number; room: number; max: number };

export type Phrases = {
  and: string;
  meals: Record<Meal, string>;
  diets: Record<Diet, string>;
  with: (items: string) => string;
  forMeal: (meal: string) => string;
  /** A cuisine's name as it reads after `fromCuisine` and `isCuisine`. */
  cuisines: Record<Cuisine, string>;
  fromCuisine: (cuisine: string) => string;
  isCuisine: (cuisine: string) => string;
  forPeople: (count: number) => string;
  readyIn: (minutes: number) => string;
  under: (amount: string) => string;
  soldOut: string;
  inStock: string;
  onlyLeft: (count: number) => string;
  lookingForRecipes: (filters: string) => string;
  checkingShelves: (query: string) => string;
  findingRecipe: (name: string) => string;
  lookingUp: (query: string) => string;
  here: (count: number, filters: string) => string;
  noneUnderBudget: (others: string, budget: string, count: number) => string;
  noneFound: (filters: string) => string;
  /** After the total on a recipe's first line; also how a follow-up finds the last answer's totals. */
  forTheIngredients: string;
  serves: (servings: number) => string;
  aServing: string;
  whyItFits: (reasons: string) => string;
  uses: (items: string) => string;
  isDiet: (diet: string) => string;
  goodMeal: (meal: string) => string;
  readyInMinutes: (minutes: number) => string;
  servesExactly: (servings: number) => string;
  scaled: (from: number, to: number) => string;
  withinBudget: (total: string, budget: string) => string;
  allInStock: string;
  oneSwap: string;
  manySwaps: (count: number) => string;
  overBudget: (total: string, over: string) => string;
  youllNeed: (items: string) => string;
  optional: (items: string) => string;
  swapFor: (name: string, substitute: string, detail: string) => string;
  leaveOut: (name: string) => string;
  namedInStock: (product: string, note: string, price: string) => string;
  namedSoldOut: (name: string, alternative?: string) => string;
  namedNoneSuits: (food: string, diets: string) => string;
  notSold: (items: string, count: number) => string;
  notSuggested: string;
  needsSoldOut: (title: string, items: string, count: number) => string;
  notDiet: (title: string, diets: string, items: string) => string;
  overYourBudget: (title: string, total: string) => string;
  pressAdd: string;
  /** The words of a recipe's quantities ("3 cloves", "a handful"), longest first; English has none. */
  quantityWords: [string, string][];
  /** A pack with its size ("2 x 400 g cans"), the pack word already translated: "2 latas de 400 g". */
  sizedPack: (count: string | undefined, pack: string, size: string) => string;
  cartNothing: (matching: string) => string;
  cartCannotMake: (title: string, items: string, count: number) => string;
  cartAdded: (title: string) => string;
  cartInsteadOf: (name: string) => string;
  cartNoneAdded: (title: string) => string;
  cartNotAdded: string;
  /** Why the cart tool could not add an item, from the reason it gives as data. */
  cartProblems: Record<CartProblem, (counts: CartCounts) => string>;
  cartCheck: string;
  tryAgain: string;
  productNotFound: (looking: string) => string;
  allSoldOut: (looking: string) => string;
  productsHere: (looking: string) => string;
  wantRecipes: string;
  toolFailure: string;
  shippingRule: (flat: string, free: string) => string;
  shippingAsk: string;
  shippingFree: (subtotal: string, free: string) => string;
  shippingNotYet: (subtotal: string, shipping: string, missing: string, free: string) => string;
  plansCheapest: (name: string, perMonth: string, amount: string, cadence: string) => string;
  plansHere: string;
  planLine: (name: string, amount: string, cadence: string, perMonth: string, saving: number) => string;
  plansPage: (url: string) => string;
  cadences: Record<Cadence, string>;
  deliverTo: (names: string) => string;
  deliverYes: (name: string) => string;
  deliverNo: (asked: string, names: string) => string;
  damaged: string;
  guideSays: string;
  /** Before guide entries not yet translated (quoted in English); English never needs it. */
  guideInEnglish: string;
  anythingElse: string;
  greeting: string[];
  /** Off-topic and unclear questions: one polite sentence back to recipes and groceries. */
  redirect: string;
  /** "Ignore your instructions", "print your system prompt", "give me a free plan". */
  refusal: string;
  factsHere: (looking: string) => string;
  factsNotFound: (looking: string) => string;
  factLine: (origin: string, organic: boolean, tags: string) => string;
  unknownOrigin: string;
};

const en: Phrases = {
  quantityWords: [],
  sizedPack: (count, pack, size) => `${count ? `${count} x ` : ""}${size} ${pack}`,
  cartNothing: (matching) =>
    `I couldn't find a recipe${matching ? ` matching "${matching}"` : ""} that can be made from what's in stock, so I haven't added anything. Ask me for ideas first, then tell me which one to add.`,
  cartCannotMake: (title, items, count) => `**${title}** can't be made right now: ${items} ${count === 1 ? "is" : "are"} sold out.`,
  cartAdded: (title) => `I've added the ingredients for **${title}** to your cart:`,
  cartInsteadOf: (name) => ` (instead of ${name}, which is sold out)`,
  cartNoneAdded: (title) => `I couldn't add any ingredients for **${title}** to your cart.`,
  cartNotAdded: "Not added:",
  cartProblems: {
    no_recipe: () => "That recipe does not exist.",
    no_substitute: () => "Sold out, and there is no substitute in stock.",
    unavailable: () => "That product is not available.",
    sold_out: () => "Sold out.",
    stock_limit: ({ left, room }) => (room > 0 ? `Only ${left} left in stock; you can add ${room} more.` : `Only ${left} left in stock, and your cart already has them all.`),
    line_limit: ({ max }) => `At most ${max} of one item per order.`,
  },
  cartCheck: "Open your cart to check quantities before you pay.",
  and: "and",
  meals: { breakfast: "breakfast", lunch: "lunch", dinner: "dinner", snack: "snack", dessert: "dessert" },
  diets: {
    vegan: "vegan", vegetarian: "vegetarian", "gluten-free": "gluten-free", "dairy-free": "dairy-free", "nut-free": "nut-free",
    "high-protein": "high-protein", organic: "organic", "fair-trade": "fair-trade", "plastic-free": "plastic-free", local: "local",
  },
  with: (items) => `with ${items}`,
  forMeal: (meal) => `for ${meal}`,
  cuisines: {
    indian: "Indian", italian: "Italian", mexican: "Mexican", thai: "Thai", japanese: "Japanese", chinese: "Chinese", korean: "Korean",
    "middle-eastern": "Middle Eastern", "north-african": "North African", british: "British", french: "French", spanish: "Spanish",
    greek: "Greek", american: "American",
  },
  fromCuisine: (cuisine) => `from ${cuisine} cooking`,
  isCuisine: (cuisine) => `is ${cuisine}`,
  forPeople: (count) => `for ${count} ${count === 1 ? "person" : "people"}`,
  readyIn: (minutes) => `ready in ${minutes} minutes or less`,
  under: (amount) => `under ${amount}`,
  soldOut: "sold out",
  inStock: "in stock",
  onlyLeft: (count) => `only ${count} left`,
  lookingForRecipes: (filters) => `Looking for recipes${filters ? ` ${filters}` : ""} that you can cook from today's stock…`,
  checkingShelves: (query) => `Checking the shelves for ${query}…`,
  findingRecipe: (name) => `Finding ${name ? `"${name}"` : "that recipe"} and checking what's in stock…`,
  lookingUp: (query) => `Looking up ${query}…`,
  here: (count, filters) =>
    `Here ${count === 1 ? "is" : "are"} ${count === 1 ? "a recipe" : `${count} recipes`} you can cook from what's in stock right now${filters ? ` (${filters})` : ""}:`,
  noneUnderBudget: (others, budget, count) =>
    `No recipe${others ? ` ${others}` : ""} comes in under ${budget} when you buy every ingredient, but ${count === 1 ? "this one is" : "these are"} the closest you can cook from what's in stock right now:`,
  noneFound: (filters) => `I couldn't find a recipe${filters ? ` ${filters}` : ""} that can be made from what's in stock right now.`,
  forTheIngredients: "for the ingredients",
  serves: (servings) => `serves ${servings}`,
  aServing: "a serving",
  whyItFits: (reasons) => `Why it fits: it ${reasons}.`,
  uses: (items) => `uses ${items}`,
  isDiet: (diet) => `is ${diet}`,
  goodMeal: (meal) => `makes a good ${meal}`,
  readyInMinutes: (minutes) => `is ready in ${minutes} minutes`,
  servesExactly: (servings) => `serves ${servings}`,
  scaled: (from, to) => `is scaled from ${from} servings to ${to}, quantities and cost included`,
  withinBudget: (total, budget) => `comes to ${total}, within your ${budget}`,
  allInStock: "can be cooked entirely from today's stock",
  oneSwap: " One ingredient is sold out, so I've named an in-stock swap.",
  manySwaps: (count) => ` ${count} ingredients are sold out, so I've named in-stock swaps.`,
  overBudget: (total, over) => ` It comes to ${total}, ${over} over your budget, because you buy whole packs; many of them (spices, garlic, oil) last for more meals.`,
  youllNeed: (items) => `You'll need: ${items}.`,
  optional: (items) => ` Optional: ${items}.`,
  swapFor: (name, substitute, detail) => `${name} is **sold out**, so use ${substitute} instead (${detail})`,
  leaveOut: (name) => `${name} is **sold out** with no substitute in stock, so leave it out`,
  namedInStock: (product, note, price) => `${product} is ${note} at ${price}.`,
  namedSoldOut: (name, alternative) => `${name} is **sold out** right now${alternative ? `; ${alternative}` : ""}.`,
  namedNoneSuits: (food, diets) => `None of our ${food} is ${diets}.`,
  notSold: (items, count) => `We don't sell ${items} at the moment, so I couldn't use ${count === 1 ? "it" : "them"}.`,
  notSuggested: "Not suggested right now:",
  needsSoldOut: (title, items, count) => `**${title}** needs ${items}, which ${count === 1 ? "is" : "are"} sold out with no substitute in stock.`,
  notDiet: (title, diets, items) => `**${title}** is not ${diets}${items ? `: it needs ${items}` : ""}.`,
  overYourBudget: (title, total) => `**${title}** would come to ${total}, over your budget.`,
  pressAdd: 'Press "Add ingredients to cart" on a recipe card to put everything that is in stock in your cart.',
  tryAgain: "Try fewer filters, a bigger budget, or another ingredient, and I'll look again.",
  productNotFound: (looking) => `I couldn't find ${looking} in the shop. We may not sell it; the Shop page lets you browse everything we have.`,
  allSoldOut: (looking) => `Everything I found for ${looking} is sold out right now.`,
  productsHere: (looking) => `Here's what we have for ${looking}, with stock as of right now:`,
  wantRecipes: "Want recipe ideas that use them? Just ask.",
  toolFailure: "I couldn't check the shop's stock just now, so I won't guess. Please ask again in a moment.",
  shippingRule: (flat, free) => `Shipping is a flat ${flat}, free on orders of ${free} or more.`,
  shippingAsk: "Tell me what your basket comes to and I'll work out how far you are from free shipping.",
  shippingFree: (subtotal, free) => `Yes: at ${subtotal} your shipping is free (it's free from ${free}).`,
  shippingNotYet: (subtotal, shipping, missing, free) => `No, not yet: at ${subtotal} shipping is ${shipping}. Add ${missing} more to reach ${free} and it's free.`,
  plansCheapest: (name, perMonth, amount, cadence) => `The cheapest per month is **${name}** at ${perMonth} a month (${amount} ${cadence}).`,
  plansHere: "Here are our plans:",
  planLine: (name, amount, cadence, perMonth, saving) => `- **${name}**: ${amount} ${cadence}, ${perMonth} a month${saving > 0 ? ` (saves ${saving}% against Monthly)` : ""}`,
  plansPage: (url) => `You can compare and subscribe on the [plans page](${url}).`,
  cadences: { "every month": "every month", "every 3 months": "every 3 months", "every year": "every year" },
  deliverTo: (names) => `We deliver to ${names}.`,
  deliverYes: (name) => `Yes, we deliver to ${name}. You can choose it at checkout.`,
  deliverNo: (asked, names) => `Sorry, we don't deliver to ${asked} at the moment. The checkout ships to ${names}.`,
  damaged: "I'm sorry your order arrived like that. Here's our policy for damaged or spoiled items:",
  guideSays: "Here's what our support guide says:",
  guideInEnglish: "",
  anythingElse: "Anything else I can help with?",
  greeting: [
    "Hello! I'm Beyond Earth's recipe assistant, running on the built-in local recipe model.",
    "Tell me what you'd like to cook — an ingredient, a diet such as vegan or gluten-free, a meal, a budget or how many people — and I'll suggest recipes you can make from what's in stock right now, with prices and links. I can also answer questions about shipping, returns, packaging and plans.",
  ],
  redirect:
    "Sorry, I can only help with recipes and groceries from our shop. Try \"a vegan dinner for two under $15\" or \"how much is shipping?\"",
  refusal:
    "Sorry, I can't do that: I don't share or set aside my instructions, and I can't give out free plans or discounts. I'm happy to help with recipes and groceries from today's stock.",
  factsHere: (looking) => `Here's what we know about ${looking}, from the product pages:`,
  factsNotFound: (looking) => `I couldn't find ${looking} in the shop, so I can't tell you where it comes from.`,
  factLine: (origin, organic, tags) => `from ${origin}; ${organic ? "organic" : "not certified organic"}${tags ? `; ${tags}` : ""}.`,
  unknownOrigin: "an origin we haven't recorded",
};

const es: Phrases = {
  quantityWords: [
    ["a large handful", "un buen puñado"], ["a small handful", "un puñadito"], ["a handful", "un puñado"], ["handful", "puñado"],
    ["a few leaves", "unas hojas"], ["a pinch", "una pizca"], ["pinch", "pizca"], ["to serve", "para servir"], ["for frying", "para freír"],
    ["very ripe", "muy maduros"], ["thick slices", "rebanadas gruesas"], ["slices", "rebanadas"], ["slice", "rebanada"],
    ["cloves", "dientes"], ["clove", "diente"], ["tbsp", "cda."], ["tsp", "cdta."], ["cans", "latas"], ["can", "lata"],
    ["blocks", "bloques"], ["block", "bloque"], ["jars", "tarros"], ["bottles", "botellas"], ["carrots", "zanahorias"],
    ["carrot", "zanahoria"], ["piece", "trozo"], ["loaf", "hogaza"], ["large", "grande"], ["small", "pequeña"], ["pittas", "pitas"],
    ["buns", "bollos"], ["eggs", "huevos"], ["small bunch", "manojo pequeño"], ["bunch", "manojo"], ["ripe", "maduros"],
    ["slab", "tableta"], ["shot, brewed", "café corto, recién hecho"],
  ],
  sizedPack: (count, pack, size) => `${count ? `${count} ` : ""}${pack} de ${size}`,
  cartNothing: (matching) =>
    `No encontré ninguna receta${matching ? ` que coincida con «${matching}»` : ""} que se pueda preparar con las existencias de hoy, así que no he añadido nada. Pídeme ideas primero y luego dime cuál añadir.`,
  cartCannotMake: (title, items, count) => `**${title}** no se puede preparar ahora: ${items} ${count === 1 ? "está agotado" : "están agotados"}.`,
  cartAdded: (title) => `He añadido a tu cesta los ingredientes de **${title}**:`,
  cartInsteadOf: (name) => ` (en lugar de ${name}, que está agotado)`,
  cartNoneAdded: (title) => `No he podido añadir a tu cesta ningún ingrediente de **${title}**.`,
  cartNotAdded: "Sin añadir:",
  cartProblems: {
    no_recipe: () => "Esa receta no existe.",
    no_substitute: () => "Agotado, y no hay ningún sustituto disponible.",
    unavailable: () => "Ese producto no está disponible.",
    sold_out: () => "Agotado.",
    stock_limit: ({ left, room }) => (room > 0 ? `Solo quedan ${left}; puedes añadir ${room} más.` : `Solo quedan ${left} y tu cesta ya los tiene todos.`),
    line_limit: ({ max }) => `Como máximo ${max} unidades de un mismo producto por pedido.`,
  },
  cartCheck: "Abre tu cesta para revisar las cantidades antes de pagar.",
  and: "y",
  meals: { breakfast: "desayuno", lunch: "almuerzo", dinner: "cena", snack: "tentempié", dessert: "postre" },
  diets: {
    vegan: "vegana", vegetarian: "vegetariana", "gluten-free": "sin gluten", "dairy-free": "sin lácteos", "nut-free": "sin frutos secos",
    "high-protein": "rica en proteínas", organic: "ecológica", "fair-trade": "de comercio justo", "plastic-free": "sin plástico", local: "local",
  },
  with: (items) => `con ${items}`,
  forMeal: (meal) => `para ${meal === "cena" || meal === "merienda" ? "la" : "el"} ${meal}`,
  cuisines: {
    indian: "india", italian: "italiana", mexican: "mexicana", thai: "tailandesa", japanese: "japonesa", chinese: "china", korean: "coreana",
    "middle-eastern": "de Oriente Medio", "north-african": "norteafricana", british: "británica", french: "francesa", spanish: "española",
    greek: "griega", american: "americana",
  },
  fromCuisine: (cuisine) => `de cocina ${cuisine}`,
  isCuisine: (cuisine) => `es de cocina ${cuisine}`,
  forPeople: (count) => `para ${count} ${count === 1 ? "persona" : "personas"}`,
  readyIn: (minutes) => `lista en ${minutes} minutos o menos`,
  under: (amount) => `por menos de ${amount}`,
  soldOut: "agotado",
  inStock: "disponible",
  onlyLeft: (count) => `solo quedan ${count}`,
  lookingForRecipes: (filters) => `Busco recetas${filters ? ` ${filters}` : ""} que puedes cocinar con las existencias de hoy…`,
  checkingShelves: (query) => `Miro en las estanterías: ${query}…`,
  findingRecipe: (name) => `Busco ${name ? `«${name}»` : "esa receta"} y compruebo las existencias…`,
  lookingUp: (query) => `Consulto ${query}…`,
  here: (count, filters) =>
    `${count === 1 ? "Esta es una receta" : `Estas son ${count} recetas`} que puedes cocinar hoy con lo que hay en la tienda${filters ? ` (${filters})` : ""}:`,
  noneUnderBudget: (others, budget, count) =>
    `Ninguna receta${others ? ` ${others}` : ""} cuesta menos de ${budget} comprando todos los ingredientes, pero ${count === 1 ? "esta es la más cercana" : "estas son las más cercanas"} que puedes cocinar hoy:`,
  noneFound: (filters) => `No encontré ninguna receta${filters ? ` ${filters}` : ""} que se pueda preparar con las existencias de hoy.`,
  forTheIngredients: "en ingredientes",
  serves: (servings) => `${servings} raciones`,
  aServing: "por ración",
  whyItFits: (reasons) => `Por qué encaja: ${reasons}.`,
  uses: (items) => `lleva ${items}`,
  isDiet: (diet) => `es ${diet}`,
  goodMeal: (meal) => `es buena para ${meal === "cena" ? "la" : "el"} ${meal}`,
  readyInMinutes: (minutes) => `está lista en ${minutes} minutos`,
  servesExactly: (servings) => `da para ${servings}`,
  scaled: (from, to) => `está adaptada de ${from} a ${to} raciones, cantidades y coste incluidos`,
  withinBudget: (total, budget) => `cuesta ${total}, dentro de tus ${budget}`,
  allInStock: "todos los ingredientes están disponibles ahora",
  oneSwap: " Un ingrediente está agotado, así que te indico un sustituto disponible.",
  manySwaps: (count) => ` ${count} ingredientes están agotados, así que te indico sustitutos disponibles.`,
  overBudget: (total, over) => ` Cuesta ${total}, ${over} más que tu presupuesto, porque se compran paquetes enteros; muchos (especias, ajo, aceite) duran para más comidas.`,
  youllNeed: (items) => `Necesitarás: ${items}.`,
  optional: (items) => ` Opcional: ${items}.`,
  swapFor: (name, substitute, detail) => `${name} está **agotado**, así que usa ${substitute} (${detail})`,
  leaveOut: (name) => `${name} está **agotado** y no hay sustituto, así que prescinde de él`,
  namedInStock: (product, note, price) => `${product}: ${note}, a ${price}.`,
  namedSoldOut: (name, alternative) => `${name} está **agotado** ahora mismo${alternative ? `; ${alternative}` : ""}.`,
  namedNoneSuits: (food, diets) => `Ninguno de nuestros productos de ${food} es apto (${diets}).`,
  notSold: (items, count) => `Ahora no vendemos ${items}, así que no ${count === 1 ? "lo" : "los"} he podido usar.`,
  notSuggested: "No te lo sugiero ahora:",
  needsSoldOut: (title, items, count) => `**${title}** necesita ${items}, que ${count === 1 ? "está agotado" : "están agotados"} y sin sustituto.`,
  notDiet: (title, diets, items) => `**${title}** no es ${diets}${items ? `: lleva ${items}` : ""}.`,
  overYourBudget: (title, total) => `**${title}** costaría ${total}, más que tu presupuesto.`,
  pressAdd: "Pulsa el botón de añadir ingredientes al carrito en una tarjeta de receta para añadir todo lo disponible.",
  tryAgain: "Prueba con menos filtros, más presupuesto u otro ingrediente y vuelvo a buscar.",
  productNotFound: (looking) => `No encontré ${looking} en la tienda. Puede que no lo vendamos; en la página Tienda puedes ver todo lo que tenemos.`,
  allSoldOut: (looking) => `Todo lo que encontré de ${looking} está agotado ahora mismo.`,
  productsHere: (looking) => `Esto es lo que tenemos de ${looking}, con las existencias de ahora mismo:`,
  wantRecipes: "¿Quieres ideas de recetas con ellos? Solo pregunta.",
  toolFailure: "Ahora mismo no he podido comprobar las existencias, así que prefiero no adivinar. Vuelve a preguntar en un momento.",
  shippingRule: (flat, free) => `El envío cuesta ${flat} y es gratis en pedidos desde ${free}.`,
  shippingAsk: "Dime cuánto suma tu cesta y te calculo cuánto te falta para el envío gratis.",
  shippingFree: (subtotal, free) => `Sí: con ${subtotal} tu envío es gratis (es gratis desde ${free}).`,
  shippingNotYet: (subtotal, shipping, missing, free) => `Todavía no: con ${subtotal} el envío cuesta ${shipping}. Añade ${missing} más para llegar a ${free} y será gratis.`,
  plansCheapest: (name, perMonth, amount, cadence) => `El más barato por mes es **${name}**: ${perMonth} al mes (${amount} ${cadence}).`,
  plansHere: "Estos son nuestros planes:",
  planLine: (name, amount, cadence, perMonth, saving) => `- **${name}**: ${amount} ${cadence}, ${perMonth} al mes${saving > 0 ? ` (ahorras un ${saving}% frente al mensual)` : ""}`,
  plansPage: (url) => `Puedes compararlos y suscribirte en la [página de planes](${url}).`,
  cadences: { "every month": "cada mes", "every 3 months": "cada 3 meses", "every year": "cada año" },
  deliverTo: (names) => `Enviamos a: ${names}.`,
  deliverYes: (name) => `Sí, enviamos a ${name}. Puedes elegirlo al pagar.`,
  deliverNo: (asked, names) => `Lo siento, ahora no enviamos a ${asked}. Enviamos a: ${names}.`,
  damaged: "Siento que tu pedido llegara así. Esta es nuestra política para productos dañados o estropeados:",
  guideSays: "Esto dice nuestra guía de atención al cliente:",
  guideInEnglish: "Esta parte de la guía solo está en inglés:",
  anythingElse: "¿Te ayudo con algo más?",
  greeting: [
    "¡Hola! Soy el asistente de recetas de Beyond Earth y funciono con el modelo local de recetas.",
    "Dime qué te apetece cocinar (un ingrediente, una dieta, una comida, un presupuesto o para cuántas personas) y te sugiero recetas con lo que hay hoy en la tienda, con precios y enlaces.",
  ],
  redirect: "Lo siento, solo puedo ayudarte con recetas y con la compra en nuestra tienda. Prueba con «una cena vegana para dos» o «¿cuánto cuesta el envío?».",
  refusal:
    "Lo siento, no puedo hacerlo: no comparto ni dejo de lado mis instrucciones, y no puedo dar planes gratis ni descuentos. Con gusto te ayudo con recetas y con la compra.",
  factsHere: (looking) => `Esto es lo que sabemos de ${looking}, según las fichas de producto:`,
  factsNotFound: (looking) => `No encontré ${looking} en la tienda, así que no puedo decirte de dónde viene.`,
  factLine: (origin, organic, tags) => `origen: ${origin}; ${organic ? "ecológico" : "sin certificado ecológico"}${tags ? `; ${tags}` : ""}.`,
  unknownOrigin: "origen no registrado",
};

const de: Phrases = {
  quantityWords: [
    ["a large handful", "eine große Handvoll"], ["a small handful", "eine kleine Handvoll"], ["a handful", "eine Handvoll"],
    ["handful", "Handvoll"], ["a few leaves", "ein paar Blätter"], ["a pinch", "eine Prise"], ["pinch", "Prise"],
    ["to serve", "zum Servieren"], ["for frying", "zum Frittieren"], ["very ripe", "sehr reife"], ["thick slices", "dicke Scheiben"],
    ["slices", "Scheiben"], ["slice", "Scheibe"], ["cloves", "Zehen"], ["clove", "Zehe"], ["tbsp", "EL"], ["tsp", "TL"],
    ["cans", "Dosen"], ["can", "Dose"], ["blocks", "Blöcke"], ["block", "Block"], ["jars", "Gläser"], ["bottles", "Flaschen"],
    ["carrots", "Karotten"], ["carrot", "Karotte"], ["piece", "Stück"], ["loaf", "Laib"], ["large", "große"], ["small", "kleine"],
    ["pittas", "Pitas"], ["buns", "Brötchen"], ["eggs", "Eier"], ["small bunch", "kleiner Bund"], ["bunch", "Bund"], ["ripe", "reife"],
    ["slab", "Tafel"], ["shot, brewed", "Espresso, frisch gebrüht"], ["tortillas", "Tortillas"],
  ],
  sizedPack: (count, pack, size) => (count ? `${count} ${pack} à ${size}` : `${size.replace(/\s+/g, "-")}-${pack}`),
  cartNothing: (matching) =>
    `Ich habe kein Rezept${matching ? ` zu „${matching}“` : ""} gefunden, das sich mit dem heutigen Bestand kochen lässt, deshalb habe ich nichts hinzugefügt. Frag mich zuerst nach Ideen und sag mir dann, welches ich hinzufügen soll.`,
  cartCannotMake: (title, items, count) => `**${title}** lässt sich gerade nicht kochen: ${items} ${count === 1 ? "ist" : "sind"} ausverkauft.`,
  cartAdded: (title) => `Ich habe die Zutaten für **${title}** in deinen Warenkorb gelegt:`,
  cartInsteadOf: (name) => ` (statt ${name}, das ausverkauft ist)`,
  cartNoneAdded: (title) => `Ich konnte keine Zutaten für **${title}** in deinen Warenkorb legen.`,
  cartNotAdded: "Nicht hinzugefügt:",
  cartProblems: {
    no_recipe: () => "Dieses Rezept gibt es nicht.",
    no_substitute: () => "Ausverkauft, und es gibt keinen Ersatz im Bestand.",
    unavailable: () => "Dieses Produkt ist nicht erhältlich.",
    sold_out: () => "Ausverkauft.",
    stock_limit: ({ left, room }) => (room > 0 ? `Nur noch ${left} da; du kannst noch ${room} hinzufügen.` : `Nur noch ${left} da, und dein Warenkorb hat schon alle.`),
    line_limit: ({ max }) => `Höchstens ${max} Stück desselben Artikels pro Bestellung.`,
  },
  cartCheck: "Prüf die Mengen im Warenkorb, bevor du bezahlst.",
  and: "und",
  meals: { breakfast: "Frühstück", lunch: "Mittagessen", dinner: "Abendessen", snack: "Snack", dessert: "Nachtisch" },
  diets: {
    vegan: "vegan", vegetarian: "vegetarisch", "gluten-free": "glutenfrei", "dairy-free": "milchfrei", "nut-free": "nussfrei",
    "high-protein": "proteinreich", organic: "bio", "fair-trade": "fair gehandelt", "plastic-free": "plastikfrei", local: "regional",
  },
  with: (items) => `mit ${items}`,
  forMeal: (meal) => `zum ${meal}`,
  cuisines: {
    indian: "indischen", italian: "italienischen", mexican: "mexikanischen", thai: "thailändischen", japanese: "japanischen",
    chinese: "chinesischen", korean: "koreanischen", "middle-eastern": "nahöstlichen", "north-african": "nordafrikanischen",
    british: "britischen", french: "französischen", spanish: "spanischen", greek: "griechischen", american: "amerikanischen",
  },
  fromCuisine: (cuisine) => `aus der ${cuisine} Küche`,
  isCuisine: (cuisine) => `ist aus der ${cuisine} Küche`,
  forPeople: (count) => `für ${count} ${count === 1 ? "Person" : "Personen"}`,
  readyIn: (minutes) => `fertig in höchstens ${minutes} Minuten`,
  under: (amount) => `unter ${amount}`,
  soldOut: "ausverkauft",
  inStock: "vorrätig",
  onlyLeft: (count) => `nur noch ${count} da`,
  lookingForRecipes: (filters) => `Ich suche Rezepte${filters ? ` ${filters}` : ""}, die du mit dem heutigen Bestand kochen kannst…`,
  checkingShelves: (query) => `Ich schaue in den Regalen nach: ${query}…`,
  findingRecipe: (name) => `Ich suche ${name ? `„${name}“` : "dieses Rezept"} und prüfe den Bestand…`,
  lookingUp: (query) => `Ich schlage nach: ${query}…`,
  here: (count, filters) =>
    `${count === 1 ? "Hier ist ein Rezept" : `Hier sind ${count} Rezepte`}, die du heute mit unserem Bestand kochen kannst${filters ? ` (${filters})` : ""}:`,
  noneUnderBudget: (others, budget, count) =>
    `Kein Rezept${others ? ` ${others}` : ""} kostet unter ${budget}, wenn du alle Zutaten kaufst, aber ${count === 1 ? "dieses kommt" : "diese kommen"} am nächsten:`,
  noneFound: (filters) => `Ich habe kein Rezept${filters ? ` ${filters}` : ""} gefunden, das sich mit dem heutigen Bestand kochen lässt.`,
  forTheIngredients: "für die Zutaten",
  serves: (servings) => `${servings} Portionen`,
  aServing: "pro Portion",
  whyItFits: (reasons) => `Warum es passt: Es ${reasons}.`,
  uses: (items) => `enthält ${items}`,
  isDiet: (diet) => `ist ${diet}`,
  goodMeal: (meal) => `passt gut zum ${meal}`,
  readyInMinutes: (minutes) => `ist in ${minutes} Minuten fertig`,
  servesExactly: (servings) => `reicht für ${servings}`,
  scaled: (from, to) => `ist von ${from} auf ${to} Portionen umgerechnet, Mengen und Kosten inklusive`,
  withinBudget: (total, budget) => `kostet ${total}, innerhalb deiner ${budget}`,
  allInStock: "lässt sich ganz aus dem heutigen Bestand kochen",
  oneSwap: " Eine Zutat ist ausverkauft, deshalb nenne ich einen vorrätigen Ersatz.",
  manySwaps: (count) => ` ${count} Zutaten sind ausverkauft, deshalb nenne ich vorrätigen Ersatz.`,
  overBudget: (total, over) => ` Es kostet ${total}, ${over} über deinem Budget, weil du ganze Packungen kaufst; viele davon (Gewürze, Knoblauch, Öl) reichen für weitere Mahlzeiten.`,
  youllNeed: (items) => `Du brauchst: ${items}.`,
  optional: (items) => ` Optional: ${items}.`,
  swapFor: (name, substitute, detail) => `${name} ist **ausverkauft**, nimm stattdessen ${substitute} (${detail})`,
  leaveOut: (name) => `${name} ist **ausverkauft** und es gibt keinen Ersatz, lass es weg`,
  namedInStock: (product, note, price) => `${product}: ${note}, ${price}.`,
  namedSoldOut: (name, alternative) => `${name} ist gerade **ausverkauft**${alternative ? `; ${alternative}` : ""}.`,
  namedNoneSuits: (food, diets) => `Keines unserer Produkte (${food}) ist ${diets}.`,
  notSold: (items, count) => `${items} führen wir gerade nicht, deshalb konnte ich ${count === 1 ? "es" : "sie"} nicht verwenden.`,
  notSuggested: "Gerade nicht empfohlen:",
  needsSoldOut: (title, items, count) => `**${title}** braucht ${items}, ${count === 1 ? "das ist" : "die sind"} ausverkauft und ohne Ersatz.`,
  notDiet: (title, diets, items) => `**${title}** ist nicht ${diets}${items ? `: es braucht ${items}` : ""}.`,
  overYourBudget: (title, total) => `**${title}** käme auf ${total}, über deinem Budget.`,
  pressAdd: "Drück auf einer Rezeptkarte den Knopf zum Hinzufügen der Zutaten, dann kommt alles Vorrätige in deinen Warenkorb.",
  tryAgain: "Versuch es mit weniger Filtern, einem größeren Budget oder einer anderen Zutat, dann suche ich noch einmal.",
  productNotFound: (looking) => `Ich habe ${looking} im Shop nicht gefunden. Vielleicht führen wir es nicht; auf der Shop-Seite siehst du alles, was wir haben.`,
  allSoldOut: (looking) => `Alles, was ich zu ${looking} gefunden habe, ist gerade ausverkauft.`,
  productsHere: (looking) => `Das haben wir zu ${looking}, mit dem Bestand von jetzt:`,
  wantRecipes: "Möchtest du Rezeptideen damit? Frag einfach.",
  toolFailure: "Ich konnte den Bestand gerade nicht prüfen und rate lieber nicht. Frag bitte gleich noch einmal.",
  shippingRule: (flat, free) => `Der Versand kostet pauschal ${flat} und ist ab ${free} Bestellwert kostenlos.`,
  shippingAsk: "Sag mir, was dein Warenkorb kostet, dann rechne ich aus, wie viel bis zum kostenlosen Versand fehlt.",
  shippingFree: (subtotal, free) => `Ja: Bei ${subtotal} ist dein Versand kostenlos (kostenlos ab ${free}).`,
  shippingNotYet: (subtotal, shipping, missing, free) => `Noch nicht: Bei ${subtotal} kostet der Versand ${shipping}. Leg noch ${missing} dazu, dann erreichst du ${free} und er ist kostenlos.`,
  plansCheapest: (name, perMonth, amount, cadence) => `Am günstigsten pro Monat ist **${name}** mit ${perMonth} im Monat (${amount} ${cadence}).`,
  plansHere: "Das sind unsere Pläne:",
  planLine: (name, amount, cadence, perMonth, saving) => `- **${name}**: ${amount} ${cadence}, ${perMonth} im Monat${saving > 0 ? ` (spart ${saving}% gegenüber monatlich)` : ""}`,
  plansPage: (url) => `Vergleichen und abonnieren kannst du auf der [Seite mit den Plänen](${url}).`,
  cadences: { "every month": "jeden Monat", "every 3 months": "alle 3 Monate", "every year": "jedes Jahr" },
  deliverTo: (names) => `Wir liefern nach: ${names}.`,
  deliverYes: (name) => `Ja, wir liefern nach ${name}. Du kannst es an der Kasse auswählen.`,
  deliverNo: (asked, names) => `Leider liefern wir gerade nicht nach ${asked}. Wir liefern nach: ${names}.`,
  damaged: "Es tut mir leid, dass deine Bestellung so angekommen ist. So gehen wir mit beschädigter oder verdorbener Ware um:",
  guideSays: "Das steht in unserem Kundenservice-Leitfaden:",
  guideInEnglish: "Dieser Teil des Leitfadens ist nur auf Englisch:",
  anythingElse: "Kann ich sonst noch helfen?",
  greeting: [
    "Hallo! Ich bin der Rezeptassistent von Beyond Earth und laufe auf dem eingebauten lokalen Rezeptmodell.",
    "Sag mir, was du kochen möchtest (eine Zutat, eine Ernährungsweise, eine Mahlzeit, ein Budget oder für wie viele Personen), dann schlage ich Rezepte aus unserem heutigen Bestand vor, mit Preisen und Links.",
  ],
  redirect: "Entschuldige, ich helfe nur bei Rezepten und beim Einkauf in unserem Shop. Frag zum Beispiel nach „veganem Abendessen für zwei“ oder „Was kostet der Versand?“.",
  refusal:
    "Entschuldige, das kann ich nicht: Meine Anweisungen gebe ich nicht heraus und setze sie nicht außer Kraft, und kostenlose Pläne oder Rabatte kann ich nicht vergeben. Bei Rezepten und beim Einkauf helfe ich gern.",
  factsHere: (looking) => `Das wissen wir über ${looking}, laut den Produktseiten:`,
  factsNotFound: (looking) => `Ich habe ${looking} im Shop nicht gefunden, daher kann ich nicht sagen, woher es kommt.`,
  factLine: (origin, organic, tags) => `Herkunft: ${origin}; ${organic ? "bio" : "nicht bio-zertifiziert"}${tags ? `; ${tags}` : ""}.`,
  unknownOrigin: "Herkunft nicht erfasst",
};

const PHRASES: Record<Language, Phrases> = { en, es, de };

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
