import { distance } from "fastest-levenshtein";
import { franc } from "franc-min";

/**
 * Before the local model reads a question: Spanish and German food words become the English the
 * catalogue uses, and misspelt words are corrected against the catalogue's own vocabulary
 * ("chikpea cury" → "chickpea curry"). Pure and deterministic.
 */

export type Language = "en" | "es" | "de";

const SPANISH: Record<string, string> = {
  receta: "recipe", recetas: "recipes", garbanzos: "chickpeas", garbanzo: "chickpea", lentejas: "lentils", vegano: "vegan", vegana: "vegan",
  veganas: "vegan", veganos: "vegan", vegetariano: "vegetarian", vegetariana: "vegetarian", cena: "dinner", almuerzo: "lunch",
  desayuno: "breakfast", postre: "dessert", arroz: "rice", tomate: "tomato", tomates: "tomatoes", espinacas: "spinach", cebolla: "onion",
  cebollas: "onions", sin: "without", personas: "people", para: "for", cocinar: "cook", huevos: "eggs", queso: "cheese", pan: "bread",
  leche: "milk", tofu: "tofu", aguacate: "avocado", setas: "mushrooms", champiñones: "mushrooms", patatas: "potatoes", dos: "two",
  cuatro: "four", seis: "six", ocho: "eight", envío: "shipping", envio: "shipping", gratis: "free",
  tenéis: "stocked", teneis: "stocked", tienen: "stocked", tienes: "stocked", vendéis: "stocked", venden: "stocked", hay: "stocked",
  lácteos: "dairy", lacteos: "dairy", postres: "desserts", cenas: "dinners", rápida: "quick", rápido: "quick", barata: "cheap", barato: "cheap",
  pasta: "pasta", pollo: "chicken", zanahorias: "carrots", curri: "curry", sopa: "soup", ensalada: "salad",
  comer: "eat", quiero: "want", plátanos: "bananas", avena: "oats", té: "tea", café: "coffee",
  tailandés: "thai", tailandesa: "thai", italiano: "italian", italiana: "italian", mexicano: "mexican", mexicana: "mexican",
  indio: "indian", india: "indian", japonés: "japanese", japonesa: "japanese", chino: "chinese", china: "chinese",
  coreano: "korean", coreana: "korean", marroquí: "moroccan", británico: "british", británica: "british", francés: "french",
  francesa: "french", español: "spanish", española: "spanish", griego: "greek", griega: "greek", americano: "american",
  hola: "hello", buenas: "hello", gracias: "thanks", pon: "put", ponme: "put", mete: "put", añade: "add", agrega: "add",
  cesta: "basket", carrito: "cart", primera: "first", primero: "first", segunda: "second", segundo: "second", tercera: "third",
  tercero: "third", mi: "my", mohoso: "mouldy", mohosa: "mouldy", moho: "mould", llegó: "arrived", roto: "broken", rota: "broken",
  dañado: "damaged", dañada: "damaged", estropeado: "spoiled", estropeada: "spoiled", enviáis: "deliver", envían: "deliver",
  enviar: "deliver", entregáis: "deliver", a: "to", noruega: "norway", dónde: "where", donde: "where", de: "from",
  vuestro: "your", vuestra: "your", vuestros: "your", vuestras: "your", es: "is", ecológico: "organic", ecológica: "organic",
  ecológicos: "organic", orgánico: "organic", ignora: "ignore", ignorar: "ignore", olvida: "forget", instrucciones: "instructions",
  reglas: "rules", tus: "your", dame: "give me", regálame: "give me", la: "the", el: "the",
  política: "policy", politica: "policy", devoluciones: "returns", devolución: "return", devolucion: "return", devolver: "return",
  reembolso: "refund", reembolsos: "refunds", tarda: "take", tardan: "take", entrega: "delivery", entregas: "deliveries",
  incluyen: "include", incluye: "include", planes: "plans", plan: "plan", llegaron: "arrived", llegaron_: "arrived",
  aplastado: "squashed", aplastados: "squashed", aplastada: "squashed", aplastadas: "squashed", podridos: "rotten", podrido: "rotten",
  rotos: "broken", dañados: "damaged", estropeados: "spoiled", embalaje: "packaging", envases: "packaging", pedido: "order",
  cancelar: "cancel", suscripción: "subscription", suscripcion: "subscription", pago: "payment", pagar: "pay", tarjeta: "card",
};

const GERMAN: Record<string, string> = {
  rezept: "recipe", rezepte: "recipes", kichererbsen: "chickpeas", linsen: "lentils", vegane: "vegan", veganes: "vegan",
  vegetarisch: "vegetarian", vegetarische: "vegetarian", glutenfrei: "gluten-free", laktosefrei: "dairy-free", abendessen: "dinner",
  mittagessen: "lunch", frühstück: "breakfast", nachtisch: "dessert", reis: "rice", tomaten: "tomatoes", spinat: "spinach",
  zwiebeln: "onions", zwiebel: "onion", ohne: "without", personen: "people", für: "for", kochen: "cook", eier: "eggs", käse: "cheese",
  brot: "bread", milch: "milk", pilze: "mushrooms", kartoffeln: "potatoes", zwei: "two", vier: "four", sechs: "six", acht: "eight",
  versand: "shipping", kostenlos: "free",
  glutenfreies: "gluten-free", glutenfreie: "gluten-free", glutenfreien: "gluten-free", veganen: "vegan", veganer: "vegan",
  vegetarisches: "vegetarian", vegetarischen: "vegetarian", habt: "stocked", führt: "stocked", verkauft: "stocked", gibt: "stocked",
  suppe: "soup", salat: "salad", nudeln: "pasta", möhren: "carrots", karotten: "carrots", hafer: "oats", haferflocken: "oats",
  schnell: "quick", schnelles: "quick", günstig: "cheap", billig: "cheap", tee: "tea", kaffee: "coffee", bananen: "bananas",
  thailändisch: "thai", thailändisches: "thai", thailändischen: "thai", italienisch: "italian", italienisches: "italian",
  italienische: "italian", mexikanisch: "mexican", mexikanisches: "mexican", indisch: "indian", indisches: "indian", indische: "indian",
  japanisch: "japanese", japanisches: "japanese", chinesisch: "chinese", chinesisches: "chinese", koreanisch: "korean",
  marokkanisch: "moroccan", marokkanisches: "moroccan", britisch: "british", französisch: "french", französisches: "french",
  spanisch: "spanish", spanisches: "spanish", griechisch: "greek", griechisches: "greek", griechische: "greek", amerikanisch: "american",
  hallo: "hello", servus: "hello", moin: "hello", danke: "thanks", leg: "put", lege: "put", pack: "put", füge: "add", tu: "put",
  erste: "first", ersten: "first", erstes: "first", zweite: "second", zweiten: "second", zweites: "second", dritte: "third",
  drittes: "third", warenkorb: "cart", korb: "basket", einkaufswagen: "cart", mein: "my", meinen: "my", meine: "my",
  schimmelig: "mouldy", verschimmelt: "mouldy", kam: "arrived", kaputt: "broken", beschädigt: "damaged", liefert: "deliver",
  liefern: "deliver", versendet: "ship", schickt: "send", nach: "to", norwegen: "norway", woher: "where from", euer: "your",
  eure: "your", euren: "your", eurer: "your", ist: "is", bio: "organic", welcher: "which", welche: "which", welches: "which",
  pro: "per", monat: "month", günstigsten: "cheapest", ignoriere: "ignore", vergiss: "forget", anweisungen: "instructions",
  regeln: "rules", deine: "your", gib: "give", mir: "me", gratis: "free", kostenlosen: "free", das: "the", den: "the", dem: "the",
  rückgabe: "return", rückgaben: "returns", rückgaberegeln: "returns policy", rückgaberecht: "returns policy", zurückgeben: "return",
  rückerstattung: "refund", erstattung: "refund", lange: "long", dauert: "take", lieferung: "delivery", lieferzeit: "delivery time",
  enthalten: "include", beinhalten: "include", pläne: "plans", plänen: "plans", kamen: "arrived", angekommen: "arrived",
  zerdrückt: "crushed", zerquetscht: "squashed", verdorben: "spoiled", verfault: "rotten", beschädigte: "damaged", verpackung: "packaging",
  bestellung: "order", kündigen: "cancel", abo: "subscription", zahlung: "payment", bezahlen: "pay", karte: "card",
};

const FOREIGN: Record<string, string> = { ...SPANISH, ...GERMAN };

/** An ingredient label the model reads in English ("chickpeas"), in the shopper's words ("garbanzos"). */
export function foodIn(language: Language, food: string): string {
  if (language === "en") return food;
  const words = language === "es" ? SPANISH : GERMAN;
  const entry = Object.entries(words).find(([, english]) => english === food);
  if (!entry) return food;
  return language === "de" ? entry[0].charAt(0).toUpperCase() + entry[0].slice(1) : entry[0];
}

const VOCABULARY = (
  "chickpea chickpeas lentil lentils tomato tomatoes spinach onion onions garlic lemon lemons avocado avocados ginger carrot carrots " +
  "mushroom mushrooms coriander parsley banana bananas blueberry blueberries cucumber beans rice pasta spaghetti penne noodles tofu " +
  "eggs butter cheese cheddar yoghurt coconut chocolate tahini bread sourdough tortilla tortillas pitta coffee cumin paprika turmeric " +
  "cinnamon chilli potato potatoes sweet kale peppers quinoa hummus cashew almond peanut maple oats " +
  "recipe recipes curry risotto salad soup stew tacos mousse frittata shakshuka scramble latte porridge panzanella pomodoro " +
  "vegan vegetarian gluten dairy protein breakfast dinner lunch dessert snack pudding cheaper quicker"
).split(" ");
const KNOWN = new Set([
  ...VOCABULARY,
  ..."what which with have make like need want good some cook cooking tonight people ideas please something quick easy fast time nice cake bake mine more less many much they them then than this that there their your from into over also dish food meal meals serve serves".split(" "),
  ..."indian italian mexican thai japanese chinese korean middle eastern north african moroccan british french spanish greek american".split(" "),
]);

function correct(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 4 || KNOWN.has(lower) || /\d/.test(lower)) return word;
  const allowed = lower.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of VOCABULARY) {
    if (Math.abs(candidate.length - lower.length) > allowed) continue;
    const d = distance(lower, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ?? word;
}

// Translated when the question is Spanish or German, but no sign of it: English uses them too ("a Korean dessert").
const SHARED = new Set(["a", "de", "es", "la", "el", "mi", "pro", "das", "den", "dem", "tu", "pack", "bio", "gratis", "pan", "pasta", "tofu", "plan"]);

export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const foreign = words.filter((word) => FOREIGN[word] && !KNOWN.has(word) && !SHARED.has(word)).length;
  if (foreign === 0 && !/[ñ¿¡äöüß]/i.test(text)) return "en";
  const guess = franc(text, { only: ["eng", "spa", "deu"], minLength: 3 });
  if (guess === "spa") return "es";
  if (guess === "deu") return "de";
  // Too short for franc ("hola", "hallo"): a question made mostly of one language's words is in it.
  if (foreign * 2 >= words.length) {
    const spanish = words.filter((word) => SPANISH[word]).length;
    const german = words.filter((word) => GERMAN[word]).length;
    if (spanish !== german) return spanish > german ? "es" : "de";
  }
  return "en";
}

export function normalizeQuestion(text: string): { text: string; language: Language } {
  const language = detectLanguage(text);
  const translated =
    language === "en" ? text : text.replace(/[\p{L}]+/gu, (word) => FOREIGN[word.toLowerCase()] ?? word).replace(/\bwithout gluten\b/gi, "gluten-free");
  return { text: translated.replace(/[\p{L}]+/gu, correct), language };
}
