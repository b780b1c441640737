import { loadScriptEnv } from "./load-env";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";

async function main() {
  const { DATABASE_URL } = loadScriptEnv();
  await runMigrations();
  console.log(`Migrations applied to ${DATABASE_URL.startsWith("file:") ? DATABASE_URL : "the remote database"}`);
  closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
