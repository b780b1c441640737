import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3Message,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { createHash } from "node:crypto";
import type { z } from "zod";
import {
  composeCart,
  composeCountries,
  composeDamaged,
  composeFacts,
  composeGreeting,
  composePlans,
  composeShipping,
  composeProducts,
  composeRecipes,
  composeRefusal,
  composeSupport,
  composeToolFailure,
  composeUnknown,
  describeFilters,
} from "./compose";
import { phrases, TOTAL_LABELS } from "./phrases";
import { parseQuestion, withContext, type ParsedQuestion } from "./question";
import { normalizeQuestion } from "./normalize";
import { extractGuide, matchSupport, parseGuide, type GuideEntry } from "./support-answers";
import {
  addRecipeToCartOutput,
  checkStockOutput,
  deliveryCountriesOutput,
  findRecipesOutput,
  listPlansOutput,
  productDetailsOutput,
  shippingQuoteOutput,
  searchProductsOutput,
  type FindRecipesInput,
} from "../tools/schemas";

export const LOCAL_MODEL_ID = "local-recipe-model";
export const LOCAL_MODEL_LABEL = "local recipe model";

type ToolCall = { toolName: string; input: Record<string, unknown> };
/** A tool step may say what it is about to do first, as models do: the shopper sees it at once. */
type Plan = { kind: "tools"; calls: ToolCall[]; preamble?: string } | { kind: "text"; text: string };
type ToolOutputs = Map<string, unknown[]>;

const MAX_STEPS = 4;

/** The guide's entries for a question; one in Spanish or German is matched as the model reads it, in English. */
function supportFor(question: string, guide: GuideEntry[]) {
  const reading = normalizeQuestion(question);
  return matchSupport(reading.language === "en" ? question : reading.text, guide);
}

function textOf(message: LanguageModelV3Message): string {
  if (message.role === "system") return message.content;
  return message.content
    .map((part) => (part.type === "text" ? part.text : ""))
    .join(" ")
    .trim();
}

/** Tool results of the current turn, by tool name; failed calls are kept as `undefined`. */
function toolOutputs(turn: LanguageModelV3Message[]): ToolOutputs {
  const outputs: ToolOutputs = new Map();
  for (const message of turn) {
    if (message.role !== "tool") continue;
    for (const part of message.content) {
      if (part.type !== "tool-result") continue;
      const list = outputs.get(part.toolName) ?? [];
      list.push(part.output.type === "json" ? part.output.value : undefined);
      outputs.set(part.toolName, list);
    }
  }
  return outputs;
}

function parsedOutputs<T>(outputs: ToolOutputs, name: string, schema: z.ZodType<T>): { values: T[]; failed: boolean } {
  const values: T[] = [];
  let failed = false;
  for (const raw of outputs.get(name) ?? []) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) values.push(parsed.data);
    else failed = true;
  }
  return { values, failed };
}

function recipeFilters(question: ParsedQuestion): FindRecipesInput {
  const filters: FindRecipesInput = { limit: 3 };
  if (question.ingredients.length) filters.ingredients = question.ingredients;
  if (question.dishes.length) filters.query = question.dishes.join(" ");
  if (question.diet.length) filters.diet = question.diet;
  if (question.meal) filters.meal = question.meal;
  if (question.cuisine) filters.cuisine = question.cuisine;
  if (question.maxTotalCents !== undefined) filters.maxTotalCents = question.maxTotalCents;
  if (question.servings) filters.servings = question.servings;
  if (question.maxMinutes) filters.maxMinutes = question.maxMinutes;
  if (question.exclude.length) filters.excludeIngredients = question.exclude;
  // "Something cheaper" means cheaper: not the closest recipes over the new budget.
  if (question.cheaper && question.maxTotalCents !== undefined) filters.strictBudget = true;
  return filters;
}

const TOTALS = new RegExp(`\\$(\\d+(?:,\\d{3})*\\.\\d{2}) (?:${TOTAL_LABELS.join("|")})`, "g");

/** What the previous answer showed: its recipes' titles in order, the cheapest total and the quickest time. */
function lastAssistantText(history: LanguageModelV3Message[]): { titles: string[]; cheapestCents?: number; quickestMinutes?: number } {
  const last = history.findLast((message) => message.role === "assistant");
  if (!last) return { titles: [] };
  const text = textOf(last);
  const titles = [...text.matchAll(/\*\*\d+\. (.+?)\*\* —/g)].map((match) => match[1]);
  const totals = [...text.matchAll(TOTALS)].map((match) => Math.round(Number(match[1].replace(/,/g, "")) * 100));
  const minutes = [...text.matchAll(/\*\* — [^,\n]+, (\d+) min,/g)].map((match) => Number(match[1]));
  return { titles, cheapestCents: totals.length ? Math.min(...totals) : undefined, quickestMinutes: minutes.length ? Math.min(...minutes) : undefined };
}

/**
 * The built-in recipe model: a real `LanguageModelV3` that reads the question, asks for the same
 * tools an OpenAI model would get, and writes its answer from their results on the next step.
 * It is deterministic (the same prompt and tool results give the same answer) and honest about
 * what it does not know.
 */
export class LocalRecipeModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = "beyond-earth";
  readonly modelId = LOCAL_MODEL_ID;
  readonly supportedUrls = {};
  private readonly chunkDelayMs: number;

  constructor({ chunkDelayMs = 4 }: { chunkDelayMs?: number } = {}) {
    this.chunkDelayMs = chunkDelayMs;
  }

  plan(options: Pick<LanguageModelV3CallOptions, "prompt" | "tools">): Plan {
    const { prompt } = options;
    const lastUser = prompt.findLastIndex((message) => message.role === "user");
    if (lastUser === -1) return { kind: "text", text: composeGreeting() };
    const turn = prompt.slice(lastUser + 1);
    const step = turn.filter((message) => message.role === "assistant").length;
    const outputs = toolOutputs(turn);
    const offered = new Set((options.tools ?? []).map((tool) => tool.name));

    const system = prompt.filter((message) => message.role === "system").map(textOf).join("\n");
    const guide = parseGuide(extractGuide(system));
    const text = textOf(prompt[lastUser]);
    const support = supportFor(text, guide);
    const asked = parseQuestion(text, support[0]?.score ?? 0);
    const { language } = asked;
    const t = phrases(language);
    // Earlier questions matter only to a follow-up ("any for lunch instead?", "for 8 people"), so
    // only then are they read: each refines the thread's question so far, oldest first.
    const previous =
      (asked.intent === "recipes" && asked.ingredients.length === 0 && asked.followUp) || asked.cheaper || asked.quicker
        ? prompt
            .slice(0, lastUser)
            .filter((message) => message.role === "user")
            .map((message) => textOf(message))
            .map((earlier) => parseQuestion(earlier, supportFor(earlier, guide)[0]?.score ?? 0))
            .filter((earlier) => earlier.intent === "recipes")
            .reduce<ParsedQuestion | undefined>((thread, earlier) => (earlier.followUp ? withContext(earlier, thread) : earlier), undefined)
        : undefined;
    const lastAnswer = lastAssistantText(prompt.slice(0, lastUser));
    let question = withContext(asked, previous);
    if (question.cheaper && question.maxTotalCents === undefined && lastAnswer.cheapestCents !== undefined) {
      question = { ...question, maxTotalCents: lastAnswer.cheapestCents - 1 };
    }
    if (question.quicker && lastAnswer.quickestMinutes !== undefined && lastAnswer.quickestMinutes > 1) {
      question = { ...question, maxMinutes: Math.min(question.maxMinutes ?? Infinity, lastAnswer.quickestMinutes - 1) };
    }
    const canCall = (name: string) => offered.has(name) && step < MAX_STEPS - 1;

    switch (question.intent) {
      case "recipes": {
        if (step === 0 && canCall("findRecipes")) {
          const calls: ToolCall[] = [{ toolName: "findRecipes", input: recipeFilters(question) }];
          if (canCall("searchProducts")) {
            for (const ingredient of question.ingredients.slice(0, 3)) calls.push({ toolName: "searchProducts", input: { query: ingredient, limit: question.diet.length ? 10 : 3 } });
          }
          return { kind: "tools", calls, preamble: t.lookingForRecipes(describeFilters(question)) };
        }
        const found = parsedOutputs(outputs, "findRecipes", findRecipesOutput);
        const searches = parsedOutputs(outputs, "searchProducts", searchProductsOutput);
        if (found.values.length === 0) return { kind: "text", text: composeToolFailure(language) };
        return { kind: "text", text: composeRecipes(question, found.values[0], searches.values) };
      }
      case "product": {
        const searched = parsedOutputs(outputs, "searchProducts", searchProductsOutput);
        if (step === 0 && canCall("searchProducts")) {
          const query = question.terms || question.ingredients.join(" ");
          return { kind: "tools", calls: [{ toolName: "searchProducts", input: { query, limit: 5 } }], preamble: t.checkingShelves(query) };
        }
        const slugs = searched.values[0]?.products.map((product) => product.slug) ?? [];
        if (step === 1 && slugs.length && canCall("checkStock")) {
          return { kind: "tools", calls: [{ toolName: "checkStock", input: { slugs } }] };
        }
        if (searched.failed || (step > 0 && searched.values.length === 0)) return { kind: "text", text: composeToolFailure(language) };
        const stock = parsedOutputs(outputs, "checkStock", checkStockOutput).values[0];
        return { kind: "text", text: composeProducts(question, searched.values[0], stock) };
      }
      case "cart": {
        const found = parsedOutputs(outputs, "findRecipes", findRecipesOutput).values[0];
        if (step === 0 && canCall("findRecipes")) {
          const filters = recipeFilters(question);
          const chosen = question.ordinal ? lastAnswer.titles[Math.min(question.ordinal, lastAnswer.titles.length) - 1] : undefined;
          const query =
            chosen ??
            question.terms.replace(/\b(add|put|cart|basket|trolley|ingredients?|recipe|one|first|second|third|last|the)\b/g, " ").replace(/\s+/g, " ").trim();
          return {
            kind: "tools",
            calls: [{ toolName: "findRecipes", input: { ...filters, query: query || undefined, limit: 1 } }],
            preamble: t.findingRecipe(query),
          };
        }
        const recipe = found?.recipes[0];
        if (step === 1 && recipe && canCall("addRecipeToCart")) {
          const input = question.servings ? { recipeId: recipe.id, servings: question.servings } : { recipeId: recipe.id };
          return { kind: "tools", calls: [{ toolName: "addRecipeToCart", input }] };
        }
        const added = parsedOutputs(outputs, "addRecipeToCart", addRecipeToCartOutput).values[0];
        return { kind: "text", text: composeCart(found, added, question) };
      }
      case "facts": {
        if (step === 0 && canCall("productDetails")) {
          const query = question.ingredients.join(" ") || question.terms.replace(/\b(where|from|come|comes|grown|made|produced|origin|organic|sustainable|sustainability|fair|trade|sourced|your|ethical)\b/g, " ").replace(/\s+/g, " ").trim();
          if (query) return { kind: "tools", calls: [{ toolName: "productDetails", input: { query, limit: 3 } }], preamble: t.lookingUp(query) };
        }
        const details = parsedOutputs(outputs, "productDetails", productDetailsOutput);
        if (details.failed) return { kind: "text", text: composeToolFailure(language) };
        return { kind: "text", text: composeFacts(question, details.values[0]) };
      }
      case "shipping": {
        if (step === 0 && canCall("shippingQuote")) {
          const input = question.maxTotalCents !== undefined ? { subtotalCents: question.maxTotalCents } : {};
          return { kind: "tools", calls: [{ toolName: "shippingQuote", input }] };
        }
        const quote = parsedOutputs(outputs, "shippingQuote", shippingQuoteOutput).values[0];
        return { kind: "text", text: quote ? composeShipping(quote, language) : composeSupport(support, language) };
      }
      case "plans": {
        if (step === 0 && canCall("listPlans")) return { kind: "tools", calls: [{ toolName: "listPlans", input: {} }] };
        const listed = parsedOutputs(outputs, "listPlans", listPlansOutput).values[0];
        return { kind: "text", text: listed ? composePlans(listed, language) : composeSupport(support, language) };
      }
      case "countries": {
        if (step === 0 && canCall("deliveryCountries")) {
          return { kind: "tools", calls: [{ toolName: "deliveryCountries", input: question.country ? { country: question.country } : {} }] };
        }
        const countries = parsedOutputs(outputs, "deliveryCountries", deliveryCountriesOutput).values[0];
        return { kind: "text", text: countries ? composeCountries(countries, language) : composeSupport(support, language) };
      }
      case "damaged":
        return { kind: "text", text: composeDamaged(matchSupport("damaged item returns policy refund", guide), language) };
      case "support":
        return { kind: "text", text: composeSupport(support, language) };
      case "greeting":
        return { kind: "text", text: composeGreeting(language) };
      case "refusal":
        return { kind: "text", text: composeRefusal(language) };
      default:
        return { kind: "text", text: composeUnknown(language) };
    }
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const plan = this.plan(options);
    const content: LanguageModelV3Content[] =
      plan.kind === "text"
        ? [{ type: "text", text: plan.text }]
        : [
            ...(plan.preamble ? [{ type: "text" as const, text: plan.preamble }] : []),
            ...plan.calls.map((call, index) => ({ type: "tool-call" as const, toolCallId: callId(options, call, index), toolName: call.toolName, input: JSON.stringify(call.input) })),
          ];
    return {
      content,
      finishReason: { unified: plan.kind === "text" ? "stop" : "tool-calls", raw: undefined },
      usage: usage(options, plan),
      warnings: [],
      response: { modelId: LOCAL_MODEL_ID },
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const plan = this.plan(options);
    const parts: LanguageModelV3StreamPart[] = [{ type: "stream-start", warnings: [] }, { type: "response-metadata", modelId: LOCAL_MODEL_ID }];
    if (plan.kind === "tools") {
      if (plan.preamble) {
        parts.push({ type: "text-start", id: "preamble" });
        for (const delta of chunks(plan.preamble)) parts.push({ type: "text-delta", id: "preamble", delta });
        parts.push({ type: "text-end", id: "preamble" });
      }
      plan.calls.forEach((call, index) => {
        parts.push({ type: "tool-call", toolCallId: callId(options, call, index), toolName: call.toolName, input: JSON.stringify(call.input) });
      });
    } else {
      parts.push({ type: "text-start", id: "text-0" });
      for (const delta of chunks(plan.text)) parts.push({ type: "text-delta", id: "text-0", delta });
      parts.push({ type: "text-end", id: "text-0" });
    }
    parts.push({ type: "finish", finishReason: { unified: plan.kind === "text" ? "stop" : "tool-calls", raw: undefined }, usage: usage(options, plan) });

    const delay = this.chunkDelayMs;
    const signal = options.abortSignal;
    let index = 0;
    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      async pull(controller) {
        if (signal?.aborted) {
          controller.close();
          return;
        }
        const part = parts[index++];
        if (!part) {
          controller.close();
          return;
        }
        // Pace the text like a model would, so the answer is seen arriving; the first token is not delayed.
        if (part.type === "text-delta" && index > 4 && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        controller.enqueue(part);
      },
    });
    return { stream };
  }
}

/** Small, word-aligned pieces: how the answer streams to the browser. */
export function chunks(text: string, wordsPerChunk = 8): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) out.push(words.slice(i, i + wordsPerChunk).join(""));
  return out;
}

function callId(options: LanguageModelV3CallOptions, call: ToolCall, index: number): string {
  const digest = createHash("sha256")
    .update(JSON.stringify(options.prompt.length))
    .update(call.toolName)
    .update(JSON.stringify(call.input))
    .digest("hex")
    .slice(0, 12);
  return `call_${digest}_${index}`;
}

function usage(options: LanguageModelV3CallOptions, plan: Plan): LanguageModelV3Usage {
  const promptChars = JSON.stringify(options.prompt).length;
  const outputChars = plan.kind === "text" ? plan.text.length : JSON.stringify(plan.calls).length;
  const input = Math.ceil(promptChars / 4);
  const output = Math.ceil(outputChars / 4);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}
