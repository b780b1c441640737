import { createHash } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { productPhotos, products } from "@/db/schema";
import { photoHeight, type PhotoWidth } from "./photo-urls";

/** How the admin upload and the seed store a photo's resized variants (lib/catalog/photo-variants.ts cuts them). */
export type PhotoVariant = { width: PhotoWidth; data: Buffer };

/** The 16 hex digits of a photo's content hash that its served file names carry. */
export function photoHash(bytes: Buffer) {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

/**
 * Stores a photo's variants and points the product at them, deleting the photo they replace.
 * Run it inside a transaction (the caller's), so the shop never links to a photo that is not there.
 */
export async function storePhotoVariants(tx: Executor, productId: number, hash: string, variants: PhotoVariant[]) {
  await tx.delete(productPhotos).where(and(eq(productPhotos.productId, productId), ne(productPhotos.hash, hash)));
  await tx
    .insert(productPhotos)
    .values(variants.map((variant) => ({ productId, hash, width: variant.width, height: photoHeight(variant.width), webp: variant.data })))
    .onConflictDoNothing();
  await tx.update(products).set({ photo: hash }).where(eq(products.id, productId));
}
