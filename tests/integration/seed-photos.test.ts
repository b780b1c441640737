import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { productPhotos, products } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import * as catalog from "@/db/seed/catalog-data";
import { GET } from "@/app/media/products/[id]/[file]/route";
import { getAdminOrder } from "@/lib/admin/orders";
import { addItem, ensureCart, getCart, newCartId } from "@/lib/cart";
import { startCheckout } from "@/lib/checkout";
import { photoImage, PHOTO_WIDTHS } from "@/lib/catalog/photo-urls";
import { saveProductPhoto } from "@/lib/catalog/product-photos";
import { getOrderDetail } from "@/lib/orders/queries";
import { adminActor } from "./admin-helpers";
import { shipping } from "./checkout-helpers";

const seededSlugs = catalog.products.map((product) => product.slug);

async function seededProducts() {
  return getDb().select({ id: products.id, slug: products.slug, photo: products.photo }).from(products).where(inArray(products.slug, seededSlugs));
}

async function fetchPhoto(url: string) {
  const [, , , id, file] = url.split("/");
  return GET(new Request(`http://localhost${url}`), { params: Promise.resolve({ id, file }) });
}

beforeAll(async () => {
  await seedCatalog();
});

describe("the demo catalogue's photos", () => {
  it("gives every seeded product a photo of its own, in every width, that the shop serves", async () => {
    const seeded = await seededProducts();
    expect(seeded).toHaveLength(catalog.products.length);
    expect(seeded.filter((product) => !product.photo).map((product) => product.slug)).toEqual([]);

    const rows = await getDb().select().from(productPhotos).where(inArray(productPhotos.productId, seeded.map((product) => product.id)));
    expect(rows).toHaveLength(seeded.length * PHOTO_WIDTHS.length);
    // No two products share a picture: neither a stored file nor the URL naming it.
    const digests = new Set(rows.filter((row) => row.width === 800).map((row) => createHash("sha256").update(row.webp).digest("hex")));
    expect(digests.size).toBe(seeded.length);
    expect(new Set(seeded.map((product) => product.photo)).size).toBe(seeded.length);

    const tomatoes = seeded.find((product) => product.slug === "heirloom-cherry-tomatoes")!;
    for (const entry of photoImage(tomatoes)!.srcSet.split(", ")) {
      const [url, descriptor] = entry.split(" ");
      const response = await fetchPhoto(url);
      expect(response.status).toBe(200);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: "webp", width: Number.parseInt(descriptor), height: (Number.parseInt(descriptor) * 3) / 4 });
    }
  });

  it("adds nothing when seeded again, and keeps a photo an operator uploaded", async () => {
    const tofu = (await seededProducts()).find((product) => product.slug === "organic-firm-tofu")!;
    const upload = await sharp({ create: { width: 900, height: 700, channels: 3, background: { r: 200, g: 30, b: 90 } } })
      .png()
      .toBuffer();
    const saved = await saveProductPhoto(await adminActor(), tofu.id, new File([new Uint8Array(upload)], "tofu.png", { type: "image/png" }));
    expect(saved).toMatchObject({ ok: true });
    const before = await seededProducts();
    const rowsBefore = await getDb().$count(productPhotos);

    const summary = await seedCatalog();
    expect(summary.inserted).toBe(0);
    expect(await seededProducts()).toEqual(before);
    expect(await getDb().$count(productPhotos)).toBe(rowsBefore);
    const [tofuNow] = await getDb().select({ photo: products.photo }).from(products).where(eq(products.id, tofu.id));
    expect(tofuNow.photo).toBe(saved.ok ? saved.photo : null);
  });

  it("shows a seeded product's own photo on its cart line", async () => {
    const [lentils] = (await seededProducts()).filter((product) => product.slug === "red-lentils");
    const cartId = newCartId();
    await ensureCart(cartId);
    expect(await addItem(cartId, lentils.id, 2)).toMatchObject({ ok: true });
    const [line] = (await getCart(cartId)).lines;
    expect(line.slug).toBe("red-lentils");
    expect(photoImage({ id: line.productId, photo: line.photo })?.src).toBe(`/media/products/${lentils.id}/${lentils.photo}-800.webp`);
  });

  it("gives an order's lines the product's photo, for the shopper's receipt and the operator's order page", async () => {
    const [paprika] = (await seededProducts()).filter((product) => product.slug === "smoked-paprika");
    const cartId = newCartId();
    await ensureCart(cartId);
    await addItem(cartId, paprika.id, 1);
    const started = await startCheckout({ cartId, userId: null, shipping });
    if (!started.ok) throw new Error(started.message);
    const detail = await getOrderDetail(started.orderId);
    expect(detail?.items).toEqual([expect.objectContaining({ productId: paprika.id, photo: paprika.photo })]);
    const admin = await getAdminOrder(await adminActor(), started.orderId);
    expect(admin.ok && admin.items).toEqual([expect.objectContaining({ productId: paprika.id, photo: paprika.photo })]);
  });
});
