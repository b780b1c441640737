import { resourceMissing } from "../errors";
import { mergeMetadata, objectParam, stringParam, type SandboxRoute } from "../router";
import { getObjectOfType, listObjects, listResponse, newId, putObject, type StoredObject } from "../store";
import { toUnix } from "../clock";

export type SandboxCustomer = StoredObject & {
  object: "customer";
  email: string | null;
  name: string | null;
  metadata: Record<string, string>;
  created: number;
  balance: number;
  deleted?: boolean;
  invoice_settings: { default_payment_method: string | null };
};

export async function requireCustomer(id: string): Promise<SandboxCustomer> {
  const customer = await getObjectOfType<SandboxCustomer>(id, "customer");
  if (!customer || customer.deleted) throw resourceMissing("customer", id, "customer");
  return customer;
}

const deletedCustomer = (customer: SandboxCustomer) => ({ id: customer.id, object: "customer", deleted: true });

export const customerRoutes: SandboxRoute[] = [
  {
    method: "POST",
    path: "/v1/customers",
    handler: async ({ params, now }) =>
      putObject<SandboxCustomer>({
        id: newId("cus"),
        object: "customer",
        email: stringParam(params, "email") ?? null,
        name: stringParam(params, "name") ?? null,
        metadata: mergeMetadata({}, objectParam(params, "metadata")),
        created: toUnix(now),
        balance: 0,
        livemode: false,
        invoice_settings: { default_payment_method: null },
      }),
  },
  {
    method: "GET",
    path: "/v1/customers/:id",
    handler: async ({ pathParams }) => {
      // A deleted customer still answers, as on Stripe: 200 with `deleted: true` and nothing else.
      const customer = await getObjectOfType<SandboxCustomer>(pathParams.id, "customer");
      if (customer?.deleted) return deletedCustomer(customer);
      return requireCustomer(pathParams.id);
    },
  },
  {
    method: "POST",
    path: "/v1/customers/:id",
    handler: async ({ pathParams, params }) => {
      const customer = await requireCustomer(pathParams.id);
      const settings = objectParam(params, "invoice_settings");
      return putObject<SandboxCustomer>({
        ...customer,
        email: stringParam(params, "email") ?? customer.email,
        name: stringParam(params, "name") ?? customer.name,
        metadata: mergeMetadata(customer.metadata, objectParam(params, "metadata")),
        invoice_settings: {
          default_payment_method:
            (settings && typeof settings.default_payment_method === "string" ? settings.default_payment_method : null) ??
            customer.invoice_settings.default_payment_method,
        },
      });
    },
  },
  {
    method: "GET",
    path: "/v1/customers",
    handler: async ({ params }) => {
      const email = stringParam(params, "email");
      const limit = Math.min(100, Number(stringParam(params, "limit") ?? 10) || 10);
      const found = await listObjects<SandboxCustomer>("customer", (c) => !c.deleted && (!email || c.email === email), limit);
      return listResponse("/v1/customers", found);
    },
  },
  {
    method: "DELETE",
    path: "/v1/customers/:id",
    handler: async ({ pathParams }) => {
      const customer = await requireCustomer(pathParams.id);
      await putObject<SandboxCustomer>({ ...customer, deleted: true });
      return deletedCustomer(customer);
    },
  },
];
