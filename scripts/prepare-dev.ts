import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { loadScriptEnv } from "./load-env";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedCatalog } from "@/db/seed";
import { LOCAL_AUTH_SECRET_FILE } from "@/lib/config/local-secret";

// `npm run dev` on a fresh clone: a local AUTH_SECRET, the schema, and the demo catalogue.
async function main() {
  const env = loadScriptEnv();
  if (!env.AUTH_SECRET && !existsSync(LOCAL_AUTH_SECRET_FILE)) {
    mkdirSync("data", { recursive: true });
    writeFileSync(LOCAL_AUTH_SECRET_FILE, randomBytes(33).toString("base64url"), { mode: 0o600 });
    console.log(`Generated a local AUTH_SECRET in ${LOCAL_AUTH_SECRET_FILE}`);
  }
  await runMigrations();
  const summary = await seedCatalog();
  if (summary.inserted > 0) console.log(`Seeded the demo catalogue: ${summary.products} products, ${summary.recipes} recipes`);
  closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
