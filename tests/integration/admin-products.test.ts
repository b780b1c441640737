import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { categories, products } from "@/db/schema";
import { DEFAULT_SHOP_QUERY } from "@/lib/catalog/params";
import { getProductBySlug, listProducts } from "@/lib/catalog/queries";
import { createAdminProduct, listAdminProducts, updateProduct } from "@/lib/admin/products";
import { createProduct } from "../support/catalog";
import { adminActor, customerActor } from "./admin-helpers";

const read = async (id: number) => (await getDb().select().from(products).where(eq(products.id, id)))[0];

describe("admin product editing", () => {
  it("sets price (dollars to cents), stock and visibility, and the shop reads the change", async () => {
    const admin = await adminActor();
    const product = await createProduct({ priceCents: 450, stock: 10 });

    const result = await updateProduct(admin, { id: String(product.id), price: "$5.25", stock: "3", expectedStock: "10", visible: "on" });
    expect(result).toMatchObject({ ok: true, product: { priceCents: 525, stock: 3, visible: true } });
    expect(await getProductBySlug(product.slug)).toMatchObject({ priceCents: 525, stock: 3 });

    await updateProduct(admin, { id: product.id, price: "5.25", stock: "3", expectedStock: "3" });
    expect((await read(product.id)).visible).toBe(false);
    expect(await getProductBySlug(product.slug)).toBeNull();
  });

  it("answers bad input field by field and changes nothing", async () => {
    const admin = await adminActor();
    const product = await createProduct({ priceCents: 450, stock: 10 });
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ price: "abc", stock: "1" }, "price", /in dollars/],
      [{ price: "0", stock: "1" }, "price", /at least \$0\.01/],
      [{ price: "1.999", stock: "1" }, "price", /in dollars/],
      [{ price: "", stock: "1" }, "price", /Enter the price/],
      [{ price: "4.50", stock: "-1" }, "stock", /cannot be negative/],
      [{ price: "4.50", stock: "2.5" }, "stock", /whole number/],
      [{ price: "4.50", stock: "" }, "stock", /whole number/],
    ];
    for (const [fields, field, message] of cases) {
      const result = await updateProduct(admin, { id: product.id, expectedStock: 10, visible: "on", ...fields });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toBe("Check the highlighted fields.");
      expect("fieldErrors" in result && result.fieldErrors?.[field]?.[0]).toMatch(message);
    }
    expect(await read(product.id)).toMatchObject({ priceCents: 450, stock: 10, visible: true });
  });

  it("edits name, description, category and tags; the shop shows them and search finds the new name", async () => {
    const admin = await adminActor();
    await getDb().insert(categories).values({ slug: "greens", name: "Greens", sortOrder: 2 }).onConflictDoNothing();
    const product = await createProduct({ stock: 10 });
    const name = `Martian Kale ${product.id}`;
    const result = await updateProduct(admin, {
      id: product.id,
      name: `  ${name} `,
      description: "Grown under the dome, crisp and dark.",
      category: "greens",
      tags: "Vegan, gluten-free,  vegan ,local",
      price: "3.10",
      stock: "10",
      expectedStock: "10",
      visible: "on",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await getProductBySlug(product.slug)).toMatchObject({
      name,
      description: "Grown under the dome, crisp and dark.",
      category: "greens",
      categoryName: "Greens",
      tags: ["vegan", "gluten-free", "local"],
      priceCents: 310,
    });
    const found = await listProducts({ ...DEFAULT_SHOP_QUERY, q: `Martian Kale ${product.id}` });
    expect(found.items.map((item) => item.id)).toContain(product.id);
  });

  it("answers a bad name, description, category or tag beside the field and changes nothing", async () => {
    const admin = await adminActor();
    const product = await createProduct({ stock: 10 });
    const valid = { id: product.id, name: "Dome Beans", description: "Beans.", category: "pantry", tags: "vegan", price: "4.50", stock: "10", expectedStock: "10", visible: "on" };
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ name: "   " }, "name", /Enter the name/],
      [{ name: "x".repeat(121) }, "name", /at most 120/],
      [{ description: "" }, "description", /Enter a description/],
      [{ category: "no-such-category" }, "category", /Choose a category/],
      [{ tags: "vegan, <script>" }, "tags", /letters, digits and hyphens/],
    ];
    for (const [fields, field, message] of cases) {
      const result = await updateProduct(admin, { ...valid, ...fields });
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect("fieldErrors" in result && result.fieldErrors?.[field]?.[0]).toMatch(message);
    }
    expect(await read(product.id)).toMatchObject({ name: product.name, description: product.description, category: "pantry", tags: ["vegan"] });
  });

  it("does not overwrite stock that a checkout reserved while the operator was editing", async () => {
    const admin = await adminActor();
    const product = await createProduct({ stock: 10 });
    await getDb().update(products).set({ stock: 8 }).where(eq(products.id, product.id));

    const result = await updateProduct(admin, { id: product.id, price: "4.50", stock: "12", expectedStock: "10", visible: "on" });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Stock changed to 8/) });
    expect((await read(product.id)).stock).toBe(8);

    expect(await updateProduct(admin, { id: product.id, price: "4.50", stock: "12", expectedStock: "8", visible: "on" })).toMatchObject({ ok: true });
    expect((await read(product.id)).stock).toBe(12);
  });

  it("lists products with search and the low-stock filter", async () => {
    const admin = await adminActor();
    const rare = await createProduct({ name: "Rare Saffron Threads", stock: 1 });
    await createProduct({ name: "Common Barley", stock: 50 });
    const found = await listAdminProducts(admin, { q: "saffron" });
    expect(found.ok && found.rows.map((p) => p.id)).toEqual([rare.id]);
    const low = await listAdminProducts(admin, { filter: "low" });
    expect(low.ok && low.rows.every((p) => p.stock <= 5)).toBe(true);
    expect(low.ok && low.rows.map((p) => p.id)).toContain(rare.id);
  });

  it("refuses a customer and a signed-out caller, changing nothing", async () => {
    const product = await createProduct({ priceCents: 450, stock: 10 });
    const input = { id: product.id, price: "0.01", stock: "0", expectedStock: "10" };
    for (const actor of [await customerActor(), null]) {
      expect(await updateProduct(actor, input)).toEqual({ ok: false, message: "Not found" });
      expect(await listAdminProducts(actor, {})).toEqual({ ok: false, message: "Not found" });
    }
    expect(await read(product.id)).toMatchObject({ priceCents: 450, stock: 10, visible: true });
  });
});

describe("admin product creation", () => {
  const fields = (slug: string) => ({
    name: "Dome Radishes",
    slug,
    description: "Peppery radishes from the south dome.",
    category: "pantry",
    tags: "vegan, local",
    origin: "South dome, Jezero",
    sustainability: "Grown on recycled water.",
    price: "2.40",
    stock: "15",
    visible: "on",
  });

  it("creates a visible product the shop shows and search finds", async () => {
    const admin = await adminActor();
    await createProduct(); // makes sure the category exists
    const slug = `dome-radishes-${Date.now()}`;
    const result = await createAdminProduct(admin, fields(slug));
    expect(result).toMatchObject({ ok: true, product: { slug, priceCents: 240, stock: 15, visible: true } });
    expect(await getProductBySlug(slug)).toMatchObject({
      name: "Dome Radishes",
      origin: "South dome, Jezero",
      sustainability: "Grown on recycled water.",
      tags: ["vegan", "local"],
    });
    const found = await listProducts({ ...DEFAULT_SHOP_QUERY, q: "Dome Radishes" });
    expect(found.items.map((item) => item.slug)).toContain(slug);
  });

  it("answers a taken or malformed slug and other bad fields beside the field, creating nothing", async () => {
    const admin = await adminActor();
    const existing = await createProduct();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ slug: existing.slug }, "slug", /Another product has this address/],
      [{ slug: "Has Spaces" }, "slug", /lower-case letters, digits and hyphens/],
      [{ name: "" }, "name", /Enter the name/],
      [{ category: "nowhere" }, "category", /Choose a category/],
      [{ price: "free" }, "price", /in dollars/],
      [{ stock: "-3" }, "stock", /cannot be negative/],
    ];
    for (const [overrides, field, message] of cases) {
      const slug = overrides.slug ?? `bad-${field}-${Date.now()}`;
      const result = await createAdminProduct(admin, { ...fields(slug), ...overrides });
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect("fieldErrors" in result && result.fieldErrors?.[field]?.[0]).toMatch(message);
      if (field !== "slug") expect(await getDb().select().from(products).where(eq(products.slug, slug))).toEqual([]);
    }
  });

  it("refuses a customer and a signed-out caller", async () => {
    const slug = `refused-${Date.now()}`;
    for (const actor of [await customerActor(), null]) {
      expect(await createAdminProduct(actor, fields(slug))).toEqual({ ok: false, message: "Not found" });
    }
    expect(await getDb().select().from(products).where(eq(products.slug, slug))).toEqual([]);
  });
});
