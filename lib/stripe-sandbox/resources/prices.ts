import { db, type Executor } from "../context";
import { toUnix } from "../clock";
import { invalidRequest, missingParam } from "../errors";
import { expansions, mergeMetadata, objectParam, stringParam, type SandboxRoute } from "../router";
import type { FormObject } from "../form";
import { getObjectOfType, listObjects, listResponse, newId, putObject, requireObjectOfType, retrieveRoute, type StoredObject } from "../store";

/**
 * Products and recurring prices. The sandbox account starts with the plan catalogue already
 * synced (what `npm run stripe:sync` does to a real account), created on first use.
 */
export type SandboxProduct = StoredObject & {
  object: "product";
  active: boolean;
  name: string;
  description: string | null;
  metadata: Record<string, string>;
  created: number;
  updated: number;
};

type PriceFields = {
  active: boolean;
  currency: string;
  unit_amount: number;
  lookup_key: string | null;
  nickname: string | null;
  metadata: Record<string, string>;
  product: string;
  type: "recurring" | "one_time";
  recurring: { interval: "day" | "week" | "month" | "year"; interval_count: number; usage_type: "licensed"; meter: null } | null;
  created: number;
};

export type SandboxPrice = StoredObject & PriceFields & { object: "price"; unit_amount_decimal: string };

const intervals = ["day", "week", "month", "year"] as const;

function productObject(id: string, name: string, description: string | null, metadata: Record<string, string>, created: number): SandboxProduct {
  return {
    id,
    object: "product",
    active: true,
    name,
    description,
    metadata,
    created,
    updated: created,
    default_price: null,
    images: [],
    livemode: false,
    marketing_features: [],
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    type: "service",
    unit_label: null,
    url: null,
  };
}

function priceObject(fields: PriceFields & { id?: string }): SandboxPrice {
  return {
    billing_scheme: "per_unit",
    custom_unit_amount: null,
    livemode: false,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    ...fields,
    id: fields.id ?? newId("price"),
    object: "price",
    unit_amount_decimal: String(fields.unit_amount),
  };
}

export async function requireProduct(id: string, executor: Executor = db): Promise<SandboxProduct> {
  return requireObjectOfType<SandboxProduct>(id, "product", executor, "product");
}

export async function requirePrice(id: string, executor: Executor = db, param = "price"): Promise<SandboxPrice> {
  return requireObjectOfType<SandboxPrice>(id, "price", executor, param);
}

/** A price with its product expanded when asked for (`product`, or `data.product` on lists). */
export async function presentPrice(price: SandboxPrice, expandProduct: boolean, executor: Executor = db) {
  if (!expandProduct) return price;
  return { ...price, product: (await getObjectOfType<SandboxProduct>(price.product, "product", executor)) ?? price.product };
}

function stringList(params: FormObject, name: string): string[] {
  const value = params[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? [value] : [];
}

function booleanParam(params: FormObject, name: string): boolean | undefined {
  const value = stringParam(params, name);
  if (value === undefined) return undefined;
  if (value !== "true" && value !== "false") throw invalidRequest(`Invalid boolean: ${value}`, name);
  return value === "true";
}

function limitParam(params: FormObject): number {
  const raw = stringParam(params, "limit");
  const limit = raw === undefined ? 10 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidRequest("Invalid limit: must be between 1 and 100", "limit");
  return limit;
}

/** A lookup key belongs to one price at a time; `transfer_lookup_key` moves it, as on Stripe. */
async function claimLookupKey(lookupKey: string, transfer: boolean, exceptId?: string) {
  const holders = await listObjects<SandboxPrice>("price", (price) => price.lookup_key === lookupKey && price.id !== exceptId, 100);
  if (holders.length === 0) return;
  if (!transfer) {
    throw invalidRequest(
      `A price (\`${holders[0].id}\`) already uses that lookup key. Set \`transfer_lookup_key\` to true to move it to this price.`,
      "lookup_key",
      "lookup_key_already_exists",
    );
  }
  for (const holder of holders) await putObject<SandboxPrice>({ ...holder, lookup_key: null });
}

export const priceRoutes: SandboxRoute[] = [
  retrieveRoute("/v1/products/:id", (id) => requireProduct(id)),
  {
    method: "POST",
    path: "/v1/products",
    handler: async ({ params, now }) => {
      const name = stringParam(params, "name");
      if (!name) throw missingParam("name");
      const id = stringParam(params, "id") ?? newId("prod");
      if (await getObjectOfType<SandboxProduct>(id, "product")) {
        throw invalidRequest(`Product already exists.`, "id", "resource_already_exists");
      }
      return putObject(productObject(id, name, stringParam(params, "description") ?? null, mergeMetadata({}, objectParam(params, "metadata")), toUnix(now)));
    },
  },
  {
    method: "POST",
    path: "/v1/products/:id",
    handler: async ({ pathParams, params, now }) => {
      const product = await requireProduct(pathParams.id);
      return putObject<SandboxProduct>({
        ...product,
        name: stringParam(params, "name") ?? product.name,
        description: stringParam(params, "description") ?? product.description,
        active: booleanParam(params, "active") ?? product.active,
        metadata: mergeMetadata(product.metadata, objectParam(params, "metadata")),
        updated: toUnix(now),
      });
    },
  },
  {
    method: "GET",
    path: "/v1/prices",
    handler: async ({ params }) => {
      const lookupKeys = stringList(params, "lookup_keys");
      const product = stringParam(params, "product");
      const active = booleanParam(params, "active");
      const found = await listObjects<SandboxPrice>(
        "price",
        (price) =>
          (lookupKeys.length === 0 || (price.lookup_key !== null && lookupKeys.includes(price.lookup_key))) &&
          (!product || price.product === product) &&
          (active === undefined || price.active === active),
        limitParam(params),
      );
      const expandProduct = expansions(params).includes("data.product");
      return listResponse("/v1/prices", await Promise.all(found.map((price) => presentPrice(price, expandProduct))));
    },
  },
  {
    method: "GET",
    path: "/v1/prices/:id",
    handler: async ({ pathParams, params }) => presentPrice(await requirePrice(pathParams.id, db, "id"), expansions(params).includes("product")),
  },
  {
    method: "POST",
    path: "/v1/prices",
    handler: async ({ params, now }) => {
      const currency = stringParam(params, "currency");
      if (!currency) throw missingParam("currency");
      const productId = stringParam(params, "product");
      if (!productId) throw missingParam("product");
      await requireProduct(productId);
      const unitAmount = Number(stringParam(params, "unit_amount"));
      if (!Number.isInteger(unitAmount) || unitAmount < 0) throw invalidRequest("Invalid integer: unit_amount", "unit_amount");
      const recurringParam = objectParam(params, "recurring");
      let recurring: SandboxPrice["recurring"] = null;
      if (recurringParam) {
        const interval = recurringParam.interval;
        if (typeof interval !== "string" || !(intervals as readonly string[]).includes(interval)) {
          throw invalidRequest("Invalid recurring[interval]: must be one of day, week, month or year", "recurring[interval]");
        }
        const count = typeof recurringParam.interval_count === "string" ? Number(recurringParam.interval_count) : 1;
        if (!Number.isInteger(count) || count < 1) throw invalidRequest("Invalid recurring[interval_count]", "recurring[interval_count]");
        recurring = { interval: interval as (typeof intervals)[number], interval_count: count, usage_type: "licensed", meter: null };
      }
      const lookupKey = stringParam(params, "lookup_key") ?? null;
      if (lookupKey) await claimLookupKey(lookupKey, booleanParam(params, "transfer_lookup_key") ?? false);
      return putObject(
        priceObject({
          active: booleanParam(params, "active") ?? true,
          currency: currency.toLowerCase(),
          unit_amount: unitAmount,
          lookup_key: lookupKey,
          nickname: stringParam(params, "nickname") ?? null,
          metadata: mergeMetadata({}, objectParam(params, "metadata")),
          product: productId,
          type: recurring ? "recurring" : "one_time",
          recurring,
          created: toUnix(now),
        }),
      );
    },
  },
  {
    method: "POST",
    path: "/v1/prices/:id",
    handler: async ({ pathParams, params }) => {
      const price = await requirePrice(pathParams.id, db, "id");
      const lookupKey = stringParam(params, "lookup_key");
      if (lookupKey) await claimLookupKey(lookupKey, booleanParam(params, "transfer_lookup_key") ?? false, price.id);
      return putObject<SandboxPrice>({
        ...price,
        active: booleanParam(params, "active") ?? price.active,
        nickname: stringParam(params, "nickname") ?? price.nickname,
        lookup_key: lookupKey ?? price.lookup_key,
        metadata: mergeMetadata(price.metadata, objectParam(params, "metadata")),
      });
    },
  },
];
