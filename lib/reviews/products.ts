import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { products } from "@/db/schema";

/** The visible product a review belongs to, read live (review pages are per request). */
export async function getProductById(id: number): Promise<{ id: number; slug: string; name: string } | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db.select({ id: products.id, slug: products.slug, name: products.name }).from(products).where(and(eq(products.id, id), eq(products.visible, true)));
  return row ?? null;
}

export async function getProductIdBySlug(slug: string): Promise<{ id: number; slug: string; name: string } | null> {
  const [row] = await db.select({ id: products.id, slug: products.slug, name: products.name }).from(products).where(and(eq(products.slug, slug), eq(products.visible, true)));
  return row ?? null;
}
