import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { productPhotos } from "@/db/schema";
import { GET } from "@/app/media/products/[id]/[file]/route";
import { photoImage, PHOTO_WIDTHS } from "@/lib/catalog/photo-urls";
import { saveProductPhoto, PHOTO_MAX_BYTES } from "@/lib/catalog/product-photos";
import { getProductBySlug } from "@/lib/catalog/queries";
import { createProduct } from "../support/catalog";
import { adminActor, customerActor } from "./admin-helpers";

/** The photo variants stored in the database for a product (every host serves them from there). */
async function storedVariants(productId: number) {
  return getDb().select({ hash: productPhotos.hash, width: productPhotos.width }).from(productPhotos).where(eq(productPhotos.productId, productId));
}

async function png(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 140, b: 60 } } })
    .png()
    .toBuffer();
}

function upload(bytes: Buffer | string, name = "photo.png", type = "image/png") {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}

async function fetchPhoto(url: string) {
  const [, , , id, file] = url.split("/");
  return GET(new Request(`http://localhost${url}`), { params: Promise.resolve({ id, file }) });
}

describe("product photos", () => {
  it("resizes an upload into WebP widths stored in the database, and the shop serves them with long caching", async () => {
    const admin = await adminActor();
    const product = await createProduct();
    const result = await saveProductPhoto(admin, product.id, upload(await png(1600, 1000)));
    expect(result).toMatchObject({ ok: true });

    const shown = await getProductBySlug(product.slug);
    const image = photoImage(shown!);
    expect(image).not.toBeNull();
    expect(image!.srcSet.split(", ")).toHaveLength(PHOTO_WIDTHS.length);
    expect((await storedVariants(product.id)).map((variant) => variant.width).sort((a, b) => a - b)).toEqual([...PHOTO_WIDTHS]);

    for (const width of PHOTO_WIDTHS) {
      const url = image!.srcSet.split(", ").find((entry: string) => entry.endsWith(` ${width}w`))!.split(" ")[0];
      const response = await fetchPhoto(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: "webp", width, height: (width * 3) / 4 });
    }
  });

  it("replaces an earlier photo and removes its stored variants", async () => {
    const admin = await adminActor();
    const product = await createProduct();
    await saveProductPhoto(admin, product.id, upload(await png(900, 900)));
    const first = photoImage((await getProductBySlug(product.slug))!)!;
    await saveProductPhoto(admin, product.id, upload(await sharp(await png(1200, 800)).jpeg().toBuffer(), "photo.jpg", "image/jpeg"));
    const second = photoImage((await getProductBySlug(product.slug))!)!;
    expect(second.src).not.toBe(first.src);
    expect(await storedVariants(product.id)).toHaveLength(PHOTO_WIDTHS.length);
    expect((await fetchPhoto(first.src)).status).toBe(404);
    expect((await fetchPhoto(second.src)).status).toBe(200);
    const other = await createProduct();
    expect((await fetchPhoto(second.src.replace(`/products/${product.id}/`, `/products/${other.id}/`))).status).toBe(404);
  });

  it("rejects what is not a JPEG, PNG or WebP image (whatever its name says), an empty or too large file, with a sentence", async () => {
    const admin = await adminActor();
    const product = await createProduct();
    const cases: [File | null, RegExp][] = [
      [upload("<svg xmlns='http://www.w3.org/2000/svg'/>", "photo.png", "image/png"), /JPEG, PNG or WebP/],
      [upload("GIF89a not really", "photo.gif", "image/gif"), /JPEG, PNG or WebP/],
      [upload(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])), /could not be read/],
      [upload(""), /Choose a photo/],
      [null, /Choose a photo/],
      [upload(Buffer.alloc(PHOTO_MAX_BYTES + 1)), /at most 5 MB/],
    ];
    for (const [file, message] of cases) {
      const result = await saveProductPhoto(admin, product.id, file);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(message);
    }
    expect(await storedVariants(product.id)).toEqual([]);
    expect(photoImage((await getProductBySlug(product.slug))!)).toBeNull();
    expect(await saveProductPhoto(admin, 999_999, upload(await png(100, 100)))).toMatchObject({ ok: false, message: "No such product." });
  });

  it("refuses customers and signed-out callers, writing nothing", async () => {
    const product = await createProduct();
    for (const actor of [await customerActor(), null]) {
      expect(await saveProductPhoto(actor, product.id, upload(await png(400, 300)))).toEqual({ ok: false, message: "Not found" });
    }
    expect(await storedVariants(product.id)).toEqual([]);
  });

  it("answers 404 for unknown or malformed photo addresses", async () => {
    for (const [id, file] of [
      ["1", "0123456789abcdef-800.webp"],
      ["1", "../../app.db"],
      ["abc", "0123456789abcdef-800.webp"],
      ["1", "0123456789abcdef-801.webp"],
    ]) {
      const response = await GET(new Request("http://localhost/media/products/x/y"), { params: Promise.resolve({ id, file }) });
      expect(response.status).toBe(404);
    }
  });
});
