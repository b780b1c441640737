import { createClient, type Client } from "@libsql/client";

let client: Client | undefined;

/** The e2e server's own database, for specs that arrange data a user could not create quickly. */
export function e2eDb(): Client {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by playwright.config.ts");
  client ??= createClient({ url, timeout: 10_000 });
  return client;
}
