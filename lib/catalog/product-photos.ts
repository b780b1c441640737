import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { productPhotos, products } from "@/db/schema";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "@/lib/admin/access";
import { catalogChanged } from "./cache";
import { PHOTO_MAX_BYTES } from "./photo-upload";
import { parsePhotoFileName } from "./photo-urls";
import { photoHash, storePhotoVariants, type PhotoVariant } from "./photo-store";
import { photoVariants } from "./photo-variants";

export { PHOTO_MAX_BYTES };

type ImageType = "jpeg" | "png" | "webp";

/** The type the bytes say, not the name or the browser's guess. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (offset: number, ...values: number[]) => values.every((value, index) => bytes[offset + index] === value);
  if (starts(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  return null;
}

const productId = z.coerce.number().int().positive();

export type PhotoResult = { ok: true; photo: string; slug: string } | Failure | Refusal;

/**
 * Checks an operator's upload (its bytes must be a JPEG, PNG or WebP of at most 5 MB), cuts it to
 * the cards' 4:3 frame in each of PHOTO_WIDTHS as WebP, and stores the variants in the database
 * (so every host serves them) in one transaction with pointing the product at them and deleting
 * the photo they replace: the shop never links to a photo that is not there.
 */
export async function saveProductPhoto(actor: Actor, id: unknown, file: unknown): Promise<PhotoResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsedId = productId.safeParse(id);
  if (!parsedId.success) return { ok: false, message: "No such product." };
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, message: "Choose a photo to upload." };
  if (file.size > PHOTO_MAX_BYTES) return { ok: false, message: "The photo must be at most 5 MB." };
  const [product] = await db.select({ id: products.id, slug: products.slug, photo: products.photo }).from(products).where(eq(products.id, parsedId.data));
  if (!product) return { ok: false, message: "No such product." };

  const bytes = Buffer.from(await file.arrayBuffer());
  if (!sniffImageType(bytes)) return { ok: false, message: "The file is not a JPEG, PNG or WebP image." };
  let variants: PhotoVariant[];
  try {
    variants = await photoVariants(bytes);
  } catch {
    return { ok: false, message: "The image could not be read; it may be damaged or too large (at most 40 megapixels)." };
  }

  const hash = photoHash(bytes);
  await db.transaction((tx) => storePhotoVariants(tx, product.id, hash, variants));
  await catalogChanged();
  return { ok: true, photo: hash, slug: product.slug };
}

/** A served photo's bytes, or null when the name is not one of ours or the photo was replaced. */
export async function readProductPhoto(id: string, name: string): Promise<Buffer | null> {
  const parsedId = productId.safeParse(id);
  const file = parsePhotoFileName(name);
  if (!parsedId.success || !/^\d+$/.test(id) || !file) return null;
  const [row] = await db
    .select({ webp: productPhotos.webp })
    .from(productPhotos)
    .where(and(eq(productPhotos.productId, parsedId.data), eq(productPhotos.hash, file.hash), eq(productPhotos.width, file.width)));
  return row ? Buffer.from(row.webp) : null;
}
