import { loadScriptEnv } from "./load-env";
import { backupDatabase } from "@/db/backup";
import { closeDb } from "@/db/client";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:backup -- <file>   (for example backups/shop-2026-12-03.db)");
    process.exit(1);
  }
  loadScriptEnv();
  const result = await backupDatabase(file);
  closeDb();
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  console.log(`Backup written to ${result.file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
