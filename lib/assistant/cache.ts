import "server-only";
import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { assistantCache } from "@/db/schema";
import { catalogVersion } from "@/lib/catalog/version";

/**
 * First questions of new conversations, answered once per state of the shop. The key covers the
 * question, the model, the instructions and the exact stock, prices and recipes the answer was
 * grounded in, so a cached answer is never staler than a fresh one would be.
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

export async function cacheKey({ question, modelId, instructions }: { question: string; modelId: string; instructions: string }): Promise<string> {
  return createHash("sha256")
    .update(normalizeQuestion(question))
    .update("\u0000")
    .update(modelId)
    .update("\u0000")
    .update(digestOf(instructions))
    .update("\u0000")
    // Any change to what an answer can quote (stock, prices, visibility, recipes) starts new keys.
    .update(String(await catalogVersion()))
    .digest("hex");
}

export type CachedAnswer = { model: string; parts: unknown[] };

/** A stored answer, counting the hit. A miss only reads, so it never waits for the write lock. */
export async function readCachedAnswer(key: string): Promise<CachedAnswer | undefined> {
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

export async function storeCachedAnswer(key: string, model: string, parts: unknown[], now = Date.now()): Promise<void> {
  await db.insert(assistantCache).values({ key, model, parts }).onConflictDoNothing();
  // Entries for a stock level that has since changed are never read again; let them age out. The
  // sweep reads every row, so it runs at most hourly per process rather than on every answer.
  if (now - lastPrunedAt < PRUNE_EVERY_MS) return;
  lastPrunedAt = now;
  await db.delete(assistantCache).where(lt(assistantCache.createdAt, new Date(now - CACHE_TTL_MS)));
}
