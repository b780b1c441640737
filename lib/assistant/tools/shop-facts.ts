import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { products } from "@/db/schema";
import { productTags } from "./diets";
import {
  stockStatus,
  type DeliveryCountriesOutput,
  type ListPlansOutput,
  type ProductDetailsOutput,
  type ShippingQuoteOutput,
} from "./schemas";
import { FLAT_SHIPPING_CENTS, FREE_SHIPPING_FROM_CENTS, SHIPPING_RULE, shippingFor } from "@/lib/checkout/pricing";
import { SHIPPING_COUNTRIES } from "@/lib/checkout/shipping";
import { effectiveMonthlyCents, plans, savingPercent } from "@/lib/plans/catalog";
import { searchProducts } from "./catalog";

/**
 * The shop facts behind the assistant's non-recipe tools, read from the modules that own them:
 * the checkout's shipping rule and country list, the plan catalogue, the products table.
 */

export async function productDetails({ query, limit = 3 }: { query: string; limit?: number }): Promise<ProductDetailsOutput> {
  const { products: found } = await searchProducts({ query, limit });
  if (found.length === 0) return { query, products: [] };
  const rows = await db
    .select({ id: products.id, description: products.description, origin: products.origin, sustainability: products.sustainability })
    .from(products)
    .where(and(eq(products.visible, true), sql`${products.id} in (${sql.join(found.map((product) => sql`${product.id}`), sql`, `)})`));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    query,
    products: found.flatMap((product) => {
      const row = byId.get(product.id);
      if (!row) return [];
      const tags = productTags(product.tags);
      return [{ ...product, status: stockStatus(product.stock), tags, description: row.description, origin: row.origin, sustainability: row.sustainability, organic: tags.includes("organic") }];
    }),
  };
}

export function shippingQuote({ subtotalCents }: { subtotalCents?: number }): ShippingQuoteOutput {
  const known = subtotalCents ?? null;
  return {
    rule: SHIPPING_RULE,
    flatShippingCents: FLAT_SHIPPING_CENTS,
    freeShippingFromCents: FREE_SHIPPING_FROM_CENTS,
    subtotalCents: known,
    shippingCents: known === null ? null : known === 0 ? FLAT_SHIPPING_CENTS : shippingFor(known),
    missingForFreeCents: known === null ? null : Math.max(0, FREE_SHIPPING_FROM_CENTS - known),
  };
}

export function listPlans(): ListPlansOutput {
  const summaries = plans.map((plan) => ({
    id: plan.id,
    name: plan.name,
    amountCents: plan.amountCents,
    cadence: plan.cadence,
    months: plan.months,
    perMonthCents: effectiveMonthlyCents(plan),
    savingPercent: savingPercent(plan),
  }));
  const cheapest = [...summaries].sort((a, b) => a.amountCents / a.months - b.amountCents / b.months)[0];
  return { plans: summaries, cheapestPerMonth: cheapest.id, url: "/plans" };
}

const fold = (text: string) => text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z ]/g, "").trim();

// Names shoppers use that are not the checkout's English names.
const COUNTRY_ALIASES: Record<string, string> = {
  usa: "US", america: "US", "united states of america": "US", uk: "GB", britain: "GB", "great britain": "GB", england: "GB",
  scotland: "GB", wales: "GB", holland: "NL", deutschland: "DE", alemania: "DE", espana: "ES", spanien: "ES", francia: "FR",
  frankreich: "FR", italia: "IT", italien: "IT", schweden: "SE", suecia: "SE", danemark: "DK", dinamarca: "DK",
};

export function deliveryCountries({ country }: { country?: string }): DeliveryCountriesOutput {
  const countries = SHIPPING_COUNTRIES.map(([code, name]) => ({ code, name }));
  if (!country) return { countries, asked: null };
  const asked = fold(country);
  const code = COUNTRY_ALIASES[asked] ?? countries.find((entry) => fold(entry.name) === asked || entry.code.toLowerCase() === asked)?.code;
  const match = countries.find((entry) => entry.code === code);
  return { countries, asked: { query: country, name: match?.name ?? null, ships: Boolean(match) } };
}
