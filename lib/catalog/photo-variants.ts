import { createHash } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import sharp from "sharp";
import type { Executor } from "@/db/client";
import { productPhotos, products } from "@/db/schema";
import { photoHeight, PHOTO_WIDTHS, type PhotoWidth } from "./photo-urls";

/**
 * The photo pipeline without its request checks, so the admin upload, the seed and the script
 * that draws the seed's pictures (scripts/draw-seed-photos.ts) resize and store a photo the same way.
 */

/** Larger images are refused before decoding: a small file can claim billions of pixels. */
const MAX_INPUT_PIXELS = 40_000_000;

export type PhotoVariant = { width: PhotoWidth; data: Buffer };

/** Cuts an image to the cards' 4:3 frame in each of PHOTO_WIDTHS as WebP; throws when sharp cannot read it. */
export async function photoVariants(bytes: Buffer): Promise<PhotoVariant[]> {
  const source = sharp(bytes, {
    limitInputPixels: MAX_INPUT_PIXELS,
    failOn: "error",
  }).rotate();
  return Promise.all(
    PHOTO_WIDTHS.map(async (width) => ({
      width,
      data: await source
        .clone()
        .resize(width, photoHeight(width), {
          fit: "cover",
          position: "attention",
        })
        .webp({ quality: 80 })
        .toBuffer(),
    })),
  );
}

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
    .values(
      variants.map((variant) => ({
        productId,
        hash,
        width: variant.width,
        height: photoHeight(variant.width),
        webp: variant.data,
      })),
    )
    .onConflictDoNothing();
  await tx.update(products).set({ photo: hash }).where(eq(products.id, productId));
}
