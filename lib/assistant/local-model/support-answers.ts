/**
 * Finds the support guide's answers to a shopper's question by keyword. Pure: the local model
 * runs it over the guide it finds in its system prompt, exactly the text an OpenAI model sees.
 */

export type GuideEntry = { section: string; question: string; answer: string };

const GUIDE_OPEN = "<support-guide>";
const GUIDE_CLOSE = "</support-guide>";

/** The markers the local model finds the guide between: the system prompt wraps the guide with them. */
export function wrapGuide(markdown: string): string {
  return `${GUIDE_OPEN}\n${markdown.trim()}\n${GUIDE_CLOSE}`;
}

export function extractGuide(system: string): string {
  const start = system.indexOf(GUIDE_OPEN);
  const end = system.indexOf(GUIDE_CLOSE, start);
  return start === -1 || end === -1 ? "" : system.slice(start + GUIDE_OPEN.length, end);
}

const parsedGuides = new Map<string, GuideEntry[]>();

/** The guide's entries; the same text always gives the same (memoised) array. */
export function parseGuide(markdown: string): GuideEntry[] {
  const known = parsedGuides.get(markdown);
  if (known) return known;
  const entries = parseGuideText(markdown);
  if (parsedGuides.size > 8) parsedGuides.clear();
  parsedGuides.set(markdown, entries);
  return entries;
}

function parseGuideText(markdown: string): GuideEntry[] {
  const entries: GuideEntry[] = [];
  let section = "";
  let current: GuideEntry | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) {
      section = line.slice(3).trim();
      current = undefined;
    } else if (line.startsWith("### ")) {
      current = { section, question: line.slice(4).trim(), answer: "" };
      entries.push(current);
    } else if (current) {
      current.answer = `${current.answer} ${line.trim()}`.trim();
    }
  }
  return entries.filter((entry) => entry.answer.length > 0);
}

const STOPWORDS = new Set(
  (
    "a an the and or but if then so of to in on at by for with from as is are was were be been being do does did doing " +
    "i me my we our us you your yours it its this that these those there here what which who whom whose when where why how " +
    "can could would should will shall may might must have has had not no yes any some all just very really please tell " +
    "about get got know want need like much many more most also than too up out into over again once only own same other"
  ).split(" "),
);

// Words shoppers use for the same thing, folded onto the guide's vocabulary.
const SYNONYMS: Record<string, string> = {
  delivery: "ship", deliver: "ship", delivered: "ship", deliveries: "ship", shipping: "ship", shipped: "ship", ships: "ship",
  postage: "ship", post: "ship", courier: "ship", dispatch: "ship", arrive: "ship", arrives: "ship",
  cost: "cost", costs: "cost", price: "cost", fee: "cost", fees: "cost", charge: "cost", charged: "cost", expensive: "cost",
  refunds: "refund", refunded: "refund", money: "refund", returns: "return", returning: "return", returned: "return", exchange: "return",
  packaging: "packag", package: "packag", packages: "packag", packed: "packag", box: "packag", boxes: "packag", wrapping: "packag",
  recycle: "recycl", recycling: "recycl", recyclable: "recycl", compost: "compost", compostable: "compost", composting: "compost",
  sustainable: "sustain", sustainability: "sustain", eco: "sustain", environment: "sustain", environmental: "sustain", green: "sustain",
  subscription: "plan", subscriptions: "plan", subscribe: "plan", plans: "plan", membership: "plan",
  cancel: "cancel", cancelling: "cancel", canceling: "cancel", unsubscribe: "cancel", stop: "cancel",
  track: "track", tracking: "track",
  card: "card", cards: "card", declined: "declin", decline: "declin",
  pay: "pay", paying: "pay", payment: "pay", payments: "pay", paypal: "pay", visa: "pay", mastercard: "pay", amex: "pay",
  free: "free", questions: "question", question: "question", allergy: "allergen", allergies: "allergen", allergens: "allergen",
};

export function keywords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .replace(/\bhow much\b/g, "cost")
      .match(/[a-z0-9]+/g) ?? [];
  return words
    .filter((word) => !STOPWORDS.has(word) && word.length > 1)
    .map((word) => SYNONYMS[word] ?? word.replace(/(ing|ed|es|s)$/, (suffix) => (word.length - suffix.length >= 4 ? "" : suffix)));
}

export type SupportMatch = { entry: GuideEntry; score: number };

type IndexedEntry = { entry: GuideEntry; question: Set<string>; section: Set<string>; answer: Set<string> };
const indexes = new WeakMap<GuideEntry[], IndexedEntry[]>();

// The guide is parsed from every prompt, but it is the same few entries each time: tokenize once.
function indexed(entries: GuideEntry[]): IndexedEntry[] {
  let index = indexes.get(entries);
  if (!index) {
    index = entries.map((entry) => ({
      entry,
      question: new Set(keywords(entry.question)),
      section: new Set(keywords(entry.section)),
      answer: new Set(keywords(entry.answer)),
    }));
    indexes.set(entries, index);
  }
  return index;
}

/** The best-matching guide entries, strongest first; empty when the guide does not cover it. */
export function matchSupport(question: string, entries: GuideEntry[], minimumScore = 3): SupportMatch[] {
  const asked = new Set(keywords(question));
  if (asked.size === 0) return [];
  const scored = indexed(entries).map(({ entry, question: inQuestion, section: inSection, answer: inAnswer }) => {
    let score = 0;
    for (const word of asked) {
      if (inQuestion.has(word)) score += 3;
      else if (inSection.has(word)) score += 2;
      else if (inAnswer.has(word)) score += 1;
    }
    return { entry, score, focus: inQuestion.size };
  });
  // Equal scores: the more focused question (fewer words of its own) is the better answer.
  scored.sort((a, b) => b.score - a.score || a.focus - b.focus);
  const best = scored[0]?.score ?? 0;
  if (best < minimumScore) return [];
  return scored
    .filter((match) => match.score >= Math.max(minimumScore, best * 0.8))
    .slice(0, 2)
    .map(({ entry, score }) => ({ entry, score }));
}
