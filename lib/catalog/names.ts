import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { productTranslations } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// Carts, checkouts and orders store or join the English name; the shopper reads the product's
// translation for their language where there is one (as the catalogue pages do), else that name.

/** Each product's name in `locale`, for the products that have a translation. */
export async function translatedProductNames(productIds: readonly number[], locale: Locale): Promise<Map<number, string>> {
  const ids = [...new Set(productIds)];
  if (locale === DEFAULT_LOCALE || ids.length === 0) return new Map();
  const rows = await db
    .select({ productId: productTranslations.productId, name: productTranslations.name })
    .from(productTranslations)
    .where(and(eq(productTranslations.locale, locale), inArray(productTranslations.productId, ids)));
  return new Map(rows.map((row) => [row.productId, row.name]));
}

/** Lines (cart lines, order items) with their products' names in `locale`; a deleted or untranslated product keeps its name. */
export async function inShopperLanguage<Line extends { productId: number | null; name: string }>(lines: readonly Line[], locale: Locale): Promise<Line[]> {
  const names = await translatedProductNames(
    lines.flatMap((line) => (line.productId === null ? [] : [line.productId])),
    locale,
  );
  return lines.map((line) => ({ ...line, name: (line.productId !== null && names.get(line.productId)) || line.name }));
}

/** An order (or anything with `items`) whose items name their products in `locale`. */
export async function itemsInShopperLanguage<Order extends { items: readonly { productId: number | null; name: string }[] }>(order: Order, locale: Locale): Promise<Order> {
  return { ...order, items: await inShopperLanguage(order.items, locale) };
}

/** One product (`id`, `name`) named in `locale`. */
export async function productInShopperLanguage<Product extends { id: number; name: string }>(product: Product, locale: Locale): Promise<Product> {
  const name = (await translatedProductNames([product.id], locale)).get(product.id);
  return name ? { ...product, name } : product;
}
