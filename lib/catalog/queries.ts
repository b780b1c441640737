import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { DEFAULT_SHOP_QUERY, PAGE_SIZE, type ShopQuery } from "./params";
import { averageRating } from "@/lib/reviews/rules";
import { searchPlans } from "./search-query";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { CategorySummary, HomeCatalog, ProductCard, ProductDetail, ProductPage, RecipeSummary } from "./types";

// Live (uncached) catalogue reads. Pages use the cached versions in `./index`; code that must
// see this very moment's stock (an assistant tool, a stock check) may call these directly.

/** Name matches count most, then tags, then the description. */
const RANK = sql`bm25(products_fts, 10.0, 1.0, 4.0)`;

// Names and descriptions in the page's language where a translation exists, English otherwise:
// every query that selects `cardColumns` joins `translated(locale)` after `categories c`.
const cardColumns = sql`p.id, p.slug, coalesce(pt.name, p.name) as name, p.category, coalesce(ct.name, c.name) as category_name, p.tags, p.price_cents, p.stock, p.image, p.photo, p.featured, p.rating_count, p.rating_sum`;

const translated = (locale: Locale) => sql`
  left join product_translations pt on pt.product_id = p.id and pt.locale = ${locale}
  left join category_translations ct on ct.category_slug = c.slug and ct.locale = ${locale}`;

/** The name a shopper sees, for sorting by name in their language. */
const shownName = sql`coalesce(pt.name, p.name) collate nocase`;

type CardRow = {
  id: number;
  slug: string;
  name: string;
  category: string;
  category_name: string;
  tags: string;
  price_cents: number;
  stock: number;
  image: string;
  photo: string | null;
  featured: number;
  rating_count: number;
  rating_sum: number;
};

function parseTags(value: string): string[] {
  try {
    const tags: unknown = JSON.parse(value);
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}

function toCard(row: CardRow): ProductCard {
  return {
    id: Number(row.id),
    slug: row.slug,
    name: row.name,
    category: row.category,
    categoryName: row.category_name,
    tags: parseTags(row.tags),
    priceCents: Number(row.price_cents),
    stock: Number(row.stock),
    image: row.image,
    photo: row.photo ?? null,
    featured: Boolean(row.featured),
    rating: averageRating(Number(row.rating_sum), Number(row.rating_count)),
    ratingCount: Number(row.rating_count),
  };
}


function filters(query: ShopQuery): SQL {
  const where: SQL[] = [sql`p.visible = 1`];
  if (query.category) where.push(sql`p.category = ${query.category}`);
  if (query.inStock) where.push(sql`p.stock > 0`);
  // Tags are a JSON array of strings, so the quoted tag can only match a whole element.
  if (query.tag) where.push(sql`instr(p.tags, ${JSON.stringify(query.tag)}) > 0`);
  return sql.join(where, sql` and `);
}

/** `ranked`: ordering by relevance is possible (a full-text match is in the query). */
function sortOrder(query: ShopQuery, ranked: boolean): SQL {
  switch (query.sort) {
    case "price-asc":
      return sql`p.price_cents asc, ${shownName} asc, p.id`;
    case "price-desc":
      return sql`p.price_cents desc, ${shownName} asc, p.id`;
    case "name":
      return sql`${shownName} asc, p.id`;
    case "newest":
      return sql`p.created_at desc, p.id desc`;
    case "rating":
      // Best average first; unrated products last; among equals, the most reviewed.
      return sql`p.rating_count = 0, (p.rating_sum * 1.0 / max(p.rating_count, 1)) desc, p.rating_count desc, ${shownName} asc, p.id`;
    default:
      return ranked ? sql`${RANK}, p.id` : sql`p.featured desc, ${shownName} asc, p.id`;
  }
}

/**
 * Searches count matches up to this many and then say "1000+": counting every match of a broad
 * word ("veg" in a catalogue of thousands) costs more than the page itself, and nobody pages
 * that far instead of narrowing the search.
 */
export const SEARCH_COUNT_CAP = 1000;

// In every query with a match the full-text index is the outer loop (CROSS JOIN fixes the join
// order): driven from the products side, SQLite would run the MATCH once per product.
// Matching is on the English text (products_fts indexes products itself), whatever the locale.
const matchedProducts = (match: string, query: ShopQuery, locale: Locale | null = null) => sql`products_fts
  cross join products p on p.id = products_fts.rowid ${locale ? sql`join categories c on c.slug = p.category ${translated(locale)}` : sql``}
  where products_fts match ${match} and ${filters(query)}`;

async function countProducts(query: ShopQuery, match: string | null, cap: number): Promise<number> {
  const [row] = await db.all<{ total: number }>(
    match
      ? sql`select count(*) as total from (select 1 from ${matchedProducts(match, query)} limit ${cap})`
      : sql`select count(*) as total from products p where ${filters(query)}`,
  );
  return Number(row?.total ?? 0);
}

function pageOf(query: ShopQuery, match: string, offset: number, limit: number, locale: Locale): Promise<CardRow[]> {
  return db.all<CardRow>(sql`
    select ${cardColumns} from ${matchedProducts(match, query, locale)}
    order by ${sortOrder(query, true)} limit ${limit} offset ${offset}`);
}

/**
 * Relevance: products with the words in their name come first, each group ordered by bm25.
 * Ranking the name matches alone is what keeps a broad search fast: the rest is only ranked
 * when a page reaches past the name matches.
 */
async function rankedPage(query: ShopQuery, match: string, offset: number, size: number, locale: Locale): Promise<CardRow[]> {
  const named = `{name} : (${match})`;
  const namedCount = await countProducts(query, named, offset + size);
  if (namedCount >= offset + size) return pageOf(query, named, offset, size, locale);
  const first = namedCount > offset ? await pageOf(query, named, offset, size, locale) : [];
  const rest = await pageOf(query, `(${match}) NOT ${named}`, Math.max(0, offset - namedCount), size - first.length, locale);
  return [...first, ...rest];
}

async function pageRows(query: ShopQuery, match: string | null, page: number, locale: Locale): Promise<CardRow[]> {
  const offset = (page - 1) * PAGE_SIZE;
  if (match) return query.sort ? pageOf(query, match, offset, PAGE_SIZE, locale) : rankedPage(query, match, offset, PAGE_SIZE, locale);
  return db.all<CardRow>(sql`
    select ${cardColumns} from products p join categories c on c.slug = p.category ${translated(locale)}
    where ${filters(query)} order by ${sortOrder(query, false)} limit ${PAGE_SIZE} offset ${offset}`);
}

/**
 * One page of the catalogue: full-text search (ranked by bm25) combined with category, tag and
 * in-stock filters and a sort. Only visible products. When no product has every search word,
 * products with any of them are shown instead; a page past the end shows the last page.
 * Names are in `locale` where translated; the search itself matches the English text.
 */
export async function listProducts(query: ShopQuery, locale: Locale = DEFAULT_LOCALE): Promise<ProductPage> {
  let match: string | null = null;
  let matchedAllWords = true;
  let total = 0;
  const plans = searchPlans(query.q);
  for (const plan of plans) {
    total = await countProducts(query, plan.match, SEARCH_COUNT_CAP + 1);
    match = plan.match;
    matchedAllWords = plan.matchedAllWords;
    if (total > 0) break;
  }
  // A search with nothing searchable in it (only punctuation) browses everything.
  if (plans.length === 0) total = await countProducts(query, null, 0);
  const capped = match !== null && total > SEARCH_COUNT_CAP;
  if (capped) total = SEARCH_COUNT_CAP;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = total > 0 ? await pageRows(query, match, page, locale) : [];
  return {
    items: rows.map(toCard),
    total,
    totalIsCapped: capped,
    page,
    pageCount,
    pageSize: PAGE_SIZE,
    matchedAllWords: total > 0 ? matchedAllWords : true,
  };
}

/**
 * The shop's search for a caller that wants the few best matches, not a page (the assistant's
 * searchProducts tool): the same words, fallbacks and ranking as the search box, live stock.
 */
export async function searchProducts(text: string, { inStock = false, limit = 5 }: { inStock?: boolean; limit?: number } = {}): Promise<ProductCard[]> {
  const query: ShopQuery = { ...DEFAULT_SHOP_QUERY, q: text, inStock };
  for (const plan of searchPlans(text)) {
    const rows = await rankedPage(query, plan.match, 0, limit, DEFAULT_LOCALE);
    if (rows.length > 0) return rows.map(toCard);
  }
  return [];
}

type DetailRow = CardRow & { description: string; origin: string; sustainability: string; visible: number };

/** A visible product by its slug, or null. */
export async function getProductBySlug(slug: string, locale: Locale = DEFAULT_LOCALE): Promise<ProductDetail | null> {
  const [row] = await db.all<DetailRow>(sql`
    select ${cardColumns}, coalesce(pt.description, p.description) as description, p.origin, p.sustainability
    from products p join categories c on c.slug = p.category ${translated(locale)}
    where p.slug = ${slug} and p.visible = 1`);
  if (!row) return null;
  return { ...toCard(row), description: row.description, origin: row.origin, sustainability: row.sustainability };
}

type RecipeRow = { slug: string; title: string; summary: string; meal: string; minutes: number; servings: number };

const recipeColumns = sql`r.slug, coalesce(rt.title, r.title) as title, coalesce(rt.summary, r.summary) as summary, r.meal, r.minutes, r.servings`;
const recipeTranslated = (locale: Locale) => sql`left join recipe_translations rt on rt.recipe_id = r.id and rt.locale = ${locale}`;

const toRecipe = (row: RecipeRow): RecipeSummary => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  meal: row.meal,
  minutes: Number(row.minutes),
  servings: Number(row.servings),
});

/** How many recipes a product page shows: two rows of its grid, however many recipes use garlic. */
export const RECIPES_PER_PRODUCT = 6;

/** The quickest recipes that call for the product (as an ingredient, optional or not), at most `limit`. */
export async function recipesUsingProduct(productId: number, limit = RECIPES_PER_PRODUCT, locale: Locale = DEFAULT_LOCALE): Promise<RecipeSummary[]> {
  const rows = await db.all<RecipeRow>(sql`
    select ${recipeColumns}
    from recipes r ${recipeTranslated(locale)}
    where exists (select 1 from recipe_ingredients ri where ri.recipe_id = r.id and ri.product_id = ${productId})
    order by r.minutes, r.title
    limit ${limit}`);
  return rows.map(toRecipe);
}

/** Other in-stock products from the same category, featured first. */
export async function relatedProducts(product: Pick<ProductCard, "id" | "category">, limit = 4, locale: Locale = DEFAULT_LOCALE): Promise<ProductCard[]> {
  const rows = await db.all<CardRow>(sql`
    select ${cardColumns}
    from products p join categories c on c.slug = p.category ${translated(locale)}
    where p.category = ${product.category} and p.id <> ${product.id} and p.visible = 1 and p.stock > 0
    order by p.featured desc, p.name collate nocase
    limit ${limit}`);
  return rows.map(toCard);
}

/** Categories in shop order, with how many visible products each holds. */
export async function listCategories(locale: Locale = DEFAULT_LOCALE): Promise<CategorySummary[]> {
  const rows = await db.all<{ slug: string; name: string; description: string; product_count: number }>(sql`
    select c.slug, coalesce(ct.name, c.name) as name, coalesce(ct.description, c.description) as description, count(p.id) as product_count
    from categories c left join products p on p.category = c.slug and p.visible = 1
    left join category_translations ct on ct.category_slug = c.slug and ct.locale = ${locale}
    group by c.slug
    order by c.sort_order, c.name`);
  return rows.map((row) => ({ slug: row.slug, name: row.name, description: row.description, productCount: Number(row.product_count) }));
}

/** Every tag on a visible product, most used first. */
export async function listTags(): Promise<string[]> {
  const rows = await db.all<{ tag: string }>(sql`
    select t.value as tag
    from products p, json_each(p.tags) as t
    where p.visible = 1 and t.type = 'text'
    group by t.value
    order by count(*) desc, t.value`);
  return rows.map((row) => row.tag);
}

/** The home page: featured products, in-season picks and recipes that can be cooked from stock. */
export async function getHomeCatalog(locale: Locale = DEFAULT_LOCALE): Promise<HomeCatalog> {
  const [featured, seasonal, recipes] = await Promise.all([
    db.all<CardRow>(sql`
      select ${cardColumns}
      from products p join categories c on c.slug = p.category ${translated(locale)}
      where p.visible = 1 and p.featured = 1
      order by p.stock > 0 desc, p.name collate nocase
      limit 8`),
    db.all<CardRow>(sql`
      select ${cardColumns}
      from products p join categories c on c.slug = p.category ${translated(locale)}
      where p.visible = 1 and p.stock > 0 and exists (select 1 from json_each(p.tags) as t where t.value = 'seasonal')
      order by p.featured desc, p.stock desc, p.name collate nocase
      limit 4`),
    db.all<RecipeRow>(sql`
      select ${recipeColumns}
      from recipes r ${recipeTranslated(locale)}
      where not exists (
        select 1 from recipe_ingredients ri join products p on p.id = ri.product_id
        where ri.recipe_id = r.id and ri.optional = 0 and (p.visible = 0 or p.stock < ri.units))
      order by r.minutes, r.title
      limit 3`),
  ]);
  return { featured: featured.map(toCard), seasonal: seasonal.map(toCard), recipes: recipes.map(toRecipe) };
}

