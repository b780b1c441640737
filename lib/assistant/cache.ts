import "server-only";
import { createHash } from "node:crypto";
import { asc, eq, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { assistantCache, products, recipeIngredients, recipes } from "@/db/schema";
import { catalogVersion } from "@/lib/catalog/version";
import { findRecipesOutput } from "./tools/schemas";

/**
 * First questions of new conversations, answered once per state of what the answer used. The
 * question key covers the question, the model and the instructions; the answer is then keyed on
 * the catalogue rows it rests on (every product its tools returned, and every recipe they named
 * with its ingredients' products), so a stock change elsewhere in the shop keeps it, and a change
 * to one of those rows makes the next asker get a fresh answer.
 */

export function normalizeQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/\.(?!\d)/g, " ")
    .replace(/[^\p{L}\p{N}$.]+/gu, " ")
    .trim();
}

const instructionDigests = new Map<string, string>();

function digestOf(instructions: string): string {
  let digest = instructionDigests.get(instructions);
  if (!digest) {
    digest = createHash("sha256").update(instructions).digest("hex");
    if (instructionDigests.size > 8) instructionDigests.clear();
    instructionDigests.set(instructions, digest);
  }
  return digest;
}

export function cacheKey({ question, modelId, instructions }: { question: string; modelId: string; instructions: string }): string {
  return createHash("sha256")
    .update(normalizeQuestion(question))
    .update("\u0000")
    .update(modelId)
    .update("\u0000")
    .update(digestOf(instructions))
    .digest("hex");
}

/** The catalogue rows an answer rests on, read from its tool outputs. */
type Grounding = { productIds: number[]; recipeIds: number[] };

const groundingSchema = z.object({ productIds: z.array(z.number().int()), recipeIds: z.array(z.number().int()) });

function isToolOutput(part: unknown): part is { type: string; output: unknown } {
  return typeof part === "object" && part !== null && "type" in part && typeof part.type === "string" && part.type.startsWith("tool-") && "output" in part;
}

/** Every product summary (an object with an id, a slug and a price) anywhere in `value`. */
function collectProducts(value: unknown, into: Set<number>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectProducts(item, into);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record.id === "number" && typeof record.slug === "string" && typeof record.priceCents === "number") into.add(record.id);
  for (const inner of Object.values(record)) collectProducts(inner, into);
}

export function groundingOf(parts: unknown[]): Grounding {
  const productIds = new Set<number>();
  const recipeIds = new Set<number>();
  for (const part of parts) {
    if (!isToolOutput(part)) continue;
    collectProducts(part.output, productIds);
    if (part.type === "tool-findRecipes") {
      const found = findRecipesOutput.safeParse(part.output);
      if (found.success) for (const recipe of [...found.data.recipes, ...found.data.excluded]) recipeIds.add(recipe.id);
    }
  }
  return { productIds: [...productIds].sort((a, b) => a - b), recipeIds: [...recipeIds].sort((a, b) => a - b) };
}

/** The grounding rows as they are now: the recipes, their ingredient lines and every product involved. */
async function groundingDigest({ productIds, recipeIds }: Grounding): Promise<string> {
  const lines = recipeIds.length
    ? await db.select().from(recipeIngredients).where(inArray(recipeIngredients.recipeId, recipeIds)).orderBy(asc(recipeIngredients.id))
    : [];
  const recipeRows = recipeIds.length ? await db.select().from(recipes).where(inArray(recipes.id, recipeIds)).orderBy(asc(recipes.id)) : [];
  const ids = new Set(productIds);
  for (const line of lines) {
    ids.add(line.productId);
    if (line.substituteProductId !== null) ids.add(line.substituteProductId);
  }
  const productRows = ids.size
    ? await db
        .select({
          id: products.id,
          slug: products.slug,
          name: products.name,
          description: products.description,
          tags: products.tags,
          priceCents: products.priceCents,
          stock: products.stock,
          origin: products.origin,
          sustainability: products.sustainability,
          visible: products.visible,
        })
        .from(products)
        .where(inArray(products.id, [...ids]))
        .orderBy(asc(products.id))
    : [];
  return createHash("sha256").update(JSON.stringify([recipeRows, lines, productRows])).digest("hex");
}

const answerKey = (questionKey: string, digest: string) => `answer:${createHash("sha256").update(questionKey).update("\u0000").update(digest).digest("hex")}`;
const indexKey = (questionKey: string) => `question:${questionKey}`;

export type CachedAnswer = { model: string; parts: unknown[] };

/** The catalogue's version before an answer is made: an answer made while it changed is not stored. */
export const cacheStamp = catalogVersion;

/**
 * A stored answer to this question whose products and recipes are as they were when it was
 * stored, counting the hit. A miss only reads, so it never waits for the write lock.
 */
export async function readCachedAnswer(questionKey: string): Promise<CachedAnswer | undefined> {
  const [index] = await db.select({ parts: assistantCache.parts }).from(assistantCache).where(eq(assistantCache.key, indexKey(questionKey)));
  const grounding = groundingSchema.safeParse(index?.parts[0]);
  if (!grounding.success) return undefined;
  const key = answerKey(questionKey, await groundingDigest(grounding.data));
  const [row] = await db.select({ model: assistantCache.model, parts: assistantCache.parts }).from(assistantCache).where(eq(assistantCache.key, key));
  if (!row) return undefined;
  await db
    .update(assistantCache)
    .set({ hits: sql`${assistantCache.hits} + 1` })
    .where(eq(assistantCache.key, key));
  return row;
}

const CACHE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrunedAt = 0;

/**
 * Stores an answer under its question and the current state of what it used, unless the
 * catalogue changed since `stamp` (the answer may then quote rows that are no longer so).
 */
export async function storeCachedAnswer(questionKey: string, stamp: number, model: string, parts: unknown[], now = Date.now()): Promise<void> {
  if ((await catalogVersion()) !== stamp) return;
  const grounding = groundingOf(parts);
  const key = answerKey(questionKey, await groundingDigest(grounding));
  await db.insert(assistantCache).values({ key, model, parts }).onConflictDoNothing();
  await db
    .insert(assistantCache)
    .values({ key: indexKey(questionKey), model, parts: [grounding] })
    .onConflictDoUpdate({ target: assistantCache.key, set: { parts: [grounding], createdAt: new Date(now) } });
  // Entries for rows that have since changed are never read again; let them age out. The
  // sweep reads every row, so it runs at most hourly per process rather than on every answer.
  if (now - lastPrunedAt < PRUNE_EVERY_MS) return;
  lastPrunedAt = now;
  await db.delete(assistantCache).where(lt(assistantCache.createdAt, new Date(now - CACHE_TTL_MS)));
}
