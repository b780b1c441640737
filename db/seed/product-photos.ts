import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { and, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { products } from "../schema";
import { PHOTO_WIDTHS, type PhotoWidth } from "../../lib/catalog/photo-urls";
import { photoHash, storePhotoVariants } from "../../lib/catalog/photo-store";

/** Each demo product's picture, drawn and resized by scripts/draw-seed-photos.ts: `<slug>-<width>.webp`. */
export const SEED_PHOTO_DIR = join(dirname(fileURLToPath(import.meta.url)), "photos");

export function seedPhotoFile(slug: string, width: PhotoWidth) {
  return join(SEED_PHOTO_DIR, `${slug}-${width}.webp`);
}

/**
 * Gives every listed demo product that has no photo yet its committed picture, through the same
 * storage as an operator's upload. The files are already resized, so this only reads and inserts;
 * a product that has a photo (the seed's or an operator's) is left as it is, so re-seeding adds nothing.
 */
export async function seedProductPhotos(tx: Executor, slugs: string[]): Promise<number> {
  const missing = await tx
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(and(inArray(products.slug, slugs), isNull(products.photo)));
  let stored = 0;
  for (const product of missing) {
    if (!PHOTO_WIDTHS.every((width) => existsSync(seedPhotoFile(product.slug, width)))) continue;
    const variants = PHOTO_WIDTHS.map((width) => ({ width, data: readFileSync(seedPhotoFile(product.slug, width)) }));
    await storePhotoVariants(tx, product.id, photoHash(Buffer.concat(variants.map((variant) => variant.data))), variants);
    stored += 1;
  }
  return stored;
}
