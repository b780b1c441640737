import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { createSandboxTables, createStripeSandbox } from "@/lib/stripe-sandbox";

// A sandbox on a database of its own creates its tables itself (createSandboxTables); inside the
// shop's database the shop's migrations create them. Both ways give the same tables.
const dir = mkdtempSync(join(tmpdir(), "sandbox-tables-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SANDBOX_TABLES = ["stripe_sandbox_deliveries", "stripe_sandbox_idempotency", "stripe_sandbox_objects"];

async function layout(client: Client) {
  const shape: Record<string, unknown> = {};
  for (const table of SANDBOX_TABLES) {
    const columns = await client.execute(`select name, type, "notnull", dflt_value, pk from pragma_table_info('${table}') order by cid`);
    const indexes = await client.execute(`select name, "unique" from pragma_index_list('${table}') where origin = 'c' order by name`);
    const indexColumns: Record<string, unknown> = {};
    for (const index of indexes.rows) {
      const names = await client.execute(`select name from pragma_index_info('${String(index.name)}') order by seqno`);
      indexColumns[String(index.name)] = { unique: index.unique, columns: names.rows.map((row) => row.name) };
    }
    shape[table] = { columns: columns.rows.map((row) => ({ ...row })), indexes: indexColumns };
  }
  return shape;
}

describe("the sandbox's own tables", () => {
  it("are created on an empty database, the same as the shop's migrations create them", async () => {
    const own = createClient({ url: `file:${join(dir, "own.db")}` });
    await createSandboxTables(own);
    const shop = createClient({ url: `file:${join(dir, "shop.db")}` });
    await migrate(drizzle(shop), { migrationsFolder: MIGRATIONS_FOLDER });
    expect(await layout(own)).toEqual(await layout(shop));
    expect((await layout(own)).stripe_sandbox_objects).toMatchObject({ columns: expect.arrayContaining([expect.objectContaining({ name: "data" })]) });
  });

  it("a sandbox on them works, and creating them again (a restart) keeps what it stored", async () => {
    const client = createClient({ url: `file:${join(dir, "restart.db")}` });
    await createSandboxTables(client);
    const sandbox = createStripeSandbox({
      database: client,
      webhook: { url: "http://127.0.0.1:9/webhooks", secret: "whsec_tables" },
      threeDSecureUrl: "http://127.0.0.1:9/3ds",
      delivery: { automatic: false, deliver: async () => 200 },
    });
    const stripe = new Stripe("sk_test_tables", { httpClient: Stripe.createFetchHttpClient(sandbox.fetch), maxNetworkRetries: 0 });
    const customer = await stripe.customers.create({ email: "kept@example.com" });
    await createSandboxTables(client);
    expect(await stripe.customers.retrieve(customer.id)).toMatchObject({ id: customer.id, email: "kept@example.com" });
  });
});
