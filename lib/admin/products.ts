import "server-only";
import { and, asc, eq, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { categories, products, type Product } from "@/db/schema";
import { catalogChanged } from "@/lib/catalog/cache";
import { isAdmin, REFUSAL, type Actor, type Failure, type Refusal } from "./access";
import { dollarsField } from "./money";
import { categoryImage } from "@/lib/catalog/category-image";
import { LOW_STOCK } from "@/lib/catalog/stock";
import { likeText, readPage, selectWithJoined, type Paged } from "./paging";

export const PRODUCTS_PAGE_SIZE = 25;
export const productFilters = ["all", "low", "out", "hidden"] as const;
export type ProductFilter = (typeof productFilters)[number];

const productRowColumns = ["id", "slug", "name", "category", "image", "photo", "priceCents", "stock", "visible", "updatedAt"] as const;
export type ProductRow = Pick<Product, (typeof productRowColumns)[number]> & { categoryName: string };

const productFilterCondition: Record<Exclude<ProductFilter, "all">, SQL> = {
  low: lte(products.stock, LOW_STOCK),
  out: lte(products.stock, 0),
  hidden: eq(products.visible, false),
};

export async function listAdminProducts(
  actor: Actor,
  query: { q?: string; filter?: ProductFilter; page?: number },
): Promise<(Paged<ProductRow> & { ok: true }) | Refusal> {
  if (!isAdmin(actor)) return REFUSAL;
  const q = query.q?.trim();
  const condition = and(
    q ? or(likeText(products.name, q, "contains"), likeText(products.slug, q, "contains")) : undefined,
    query.filter && query.filter !== "all" ? productFilterCondition[query.filter] : undefined,
  );
  const rows = selectWithJoined(products, productRowColumns, { table: categories, on: eq(categories.slug, products.category), fields: { categoryName: categories.name } });
  const list = await readPage(rows, { table: products, condition, order: [asc(products.name), asc(products.id)], size: PRODUCTS_PAGE_SIZE, page: query.page });
  return { ok: true, ...list };
}

export async function getAdminProduct(actor: Actor, id: number): Promise<{ ok: true; product: Product } | Refusal | Failure> {
  if (!isAdmin(actor)) return REFUSAL;
  const [product] = await db.select().from(products).where(eq(products.id, id));
  return product ? { ok: true, product } : { ok: false, message: "No such product." };
}

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Vegan, gluten-free" → ["vegan", "gluten-free"]: trimmed, lower case, each once. */
const tagsField = z
  .string()
  .transform((text) => [...new Set(text.split(",").map((tag) => tag.trim().toLowerCase()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(30, "A tag must be at most 30 characters").regex(TAG, "Tags are letters, digits and hyphens, separated by commas"))
      .max(12, "At most 12 tags"),
  );

const nameField = z.string().trim().min(1, "Enter the name").max(120, "The name must be at most 120 characters");
const descriptionField = z.string().trim().min(1, "Enter a description").max(4000, "The description must be at most 4,000 characters");
const categoryField = z.string().trim().min(1, "Choose a category").max(100, "Choose a category");
const priceField = dollarsField("price").pipe(
  z.number().min(1, "The price must be at least $0.01").max(100_000_00, "The price must be at most $100,000.00"),
);
const stockField = z
  .string({ error: "Enter the stock" })
  .trim()
  .regex(/^-?\d+$/, "Stock must be a whole number")
  .transform(Number)
  .pipe(z.number().int().min(0, "Stock cannot be negative").max(1_000_000, "Stock must be at most 1,000,000"));

// Name, description, category and tags are optional here so callers that set only price, stock and
// visibility keep the rest; the admin form always sends them.
export const productEditInput = z.object({
  name: nameField.optional(),
  description: descriptionField.optional(),
  category: categoryField.optional(),
  tags: tagsField.optional(),
  id: z.coerce.number({ error: "Unknown product" }).int().positive("Unknown product"),
  price: priceField,
  stock: stockField,
  // The stock the operator saw: a checkout reserving units in the meantime must not be overwritten blindly.
  expectedStock: z.coerce.number().int(),
  visible: checkbox,
});

export const productCreateInput = z.object({
  name: nameField,
  slug: z
    .string()
    .trim()
    .min(1, "Enter the address (slug)")
    .max(80, "The slug must be at most 80 characters")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "The slug is lower-case letters, digits and hyphens, like dome-radishes"),
  description: descriptionField,
  category: categoryField,
  tags: tagsField,
  origin: z.string().trim().max(200, "The origin must be at most 200 characters"),
  sustainability: z.string().trim().max(1000, "The sustainability notes must be at most 1,000 characters"),
  price: priceField,
  stock: stockField,
  visible: checkbox,
});

/** The form's fields as `schema` reads them, or the failure that marks each field to fix. */
function parseFields<T>(schema: z.ZodType<T>, input: unknown): { success: true; data: T } | { success: false; failure: Failure } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, failure: { ok: false, message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors } };
}

async function knownCategory(tx: Pick<typeof db, "select">, slug: string) {
  const [known] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.slug, slug));
  return Boolean(known);
}

const UNKNOWN_CATEGORY = { ok: false as const, message: "Check the highlighted fields.", fieldErrors: { category: ["Choose a category from the list"] } };

export type ProductCreateResult = { ok: true; product: Product } | Failure | Refusal;

/** Adds a product to the catalogue (shown at once when visible); it starts with its category's drawing until a photo is uploaded. */
export async function createAdminProduct(actor: Actor, input: unknown): Promise<ProductCreateResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = parseFields(productCreateInput, input);
  if (!parsed.success) return parsed.failure;
  const { price, ...fields } = parsed.data;
  const outcome = await db.transaction(async (tx) => {
    if (!(await knownCategory(tx, fields.category))) return UNKNOWN_CATEGORY;
    const [created] = await tx
      .insert(products)
      .values({ ...fields, priceCents: price, image: categoryImage(fields.category) })
      .onConflictDoNothing({ target: products.slug })
      .returning();
    if (!created) return { ok: false as const, message: "Check the highlighted fields.", fieldErrors: { slug: ["Another product has this address (slug)"] } };
    return { ok: true as const, product: created };
  });
  if (!outcome.ok) return outcome;
  await catalogChanged();
  return outcome;
}

export type ProductEditResult = { ok: true; product: Product } | Failure | Refusal;

/**
 * Sets a product's name, description, category, tags, price, stock and visibility, then clears the shop's cached pages for it so the
 * change shows at once. Stock is compared with what the operator saw, so units reserved by a
 * checkout since the page was opened are not silently given back.
 */
export async function updateProduct(actor: Actor, input: unknown): Promise<ProductEditResult> {
  if (!isAdmin(actor)) return REFUSAL;
  const parsed = parseFields(productEditInput, input);
  if (!parsed.success) return parsed.failure;
  const { id, price, stock, expectedStock, visible, name, description, category, tags } = parsed.data;

  const outcome = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(products).where(eq(products.id, id));
    if (!current) return { ok: false as const, message: "No such product." };
    if (category !== undefined && !(await knownCategory(tx, category))) return UNKNOWN_CATEGORY;
    if (current.stock !== expectedStock && current.stock !== stock) {
      return {
        ok: false as const,
        message: `Stock changed to ${current.stock} while you were editing (checkouts reserve units). Review it and save again.`,
        fieldErrors: { stock: [`Now ${current.stock}; you saw ${expectedStock}`] },
        currentStock: current.stock,
      };
    }
    const [updated] = await tx.update(products).set({ priceCents: price, stock, visible, name, description, category, tags }).where(eq(products.id, id)).returning();
    return { ok: true as const, product: updated };
  });
  if (!outcome.ok) return { ok: false, message: outcome.message, fieldErrors: "fieldErrors" in outcome ? outcome.fieldErrors : undefined };
  await catalogChanged();
  return outcome;
}
