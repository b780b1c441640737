import { loadScriptEnv } from "./load-env";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedCatalog, seedScaledCatalog } from "@/db/seed";

// `npm run db:seed` builds the demo catalogue; `npm run db:seed -- --scale 10000` adds generated
// products until the catalogue has that many (for the search benchmark).
async function main() {
  loadScriptEnv();
  await runMigrations();
  const summary = await seedCatalog();
  console.log(`Catalogue: ${summary.categories} categories, ${summary.products} products, ${summary.recipes} recipes (${summary.inserted} new)`);
  const scaleIndex = process.argv.indexOf("--scale");
  if (scaleIndex !== -1) {
    const target = Number(process.argv[scaleIndex + 1]);
    if (!Number.isInteger(target) || target < 1 || target > 1_000_000) {
      console.error("--scale takes a whole number of products, 1 to 1000000");
      process.exit(1);
    }
    const added = await seedScaledCatalog(target);
    console.log(`Scaled catalogue to ${target} products (${added} generated)`);
  }
  closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
