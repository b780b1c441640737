import sharp from "sharp";
import { photoHeight, PHOTO_WIDTHS } from "./photo-urls";
import type { PhotoVariant } from "./photo-store";

/**
 * The photo pipeline's resize, without the upload's request checks, so the admin upload and the
 * script that draws the seed's pictures (scripts/draw-seed-photos.ts) cut a photo the same way.
 * Storing them is lib/catalog/photo-store.ts (which the seed loads without sharp).
 */

/** Larger images are refused before decoding: a small file can claim billions of pixels. */
const MAX_INPUT_PIXELS = 40_000_000;

/** Cuts an image to the cards' 4:3 frame in each of PHOTO_WIDTHS as WebP; throws when sharp cannot read it. */
export async function photoVariants(bytes: Buffer): Promise<PhotoVariant[]> {
  const source = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
  return Promise.all(
    PHOTO_WIDTHS.map(async (width) => ({
      width,
      data: await source.clone().resize(width, photoHeight(width), { fit: "cover", position: "attention" }).webp({ quality: 80 }).toBuffer(),
    })),
  );
}
