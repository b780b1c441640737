import { migrate } from "drizzle-orm/libsql/migrator";
import { resolve } from "node:path";
import { dbReady, getDb } from "./client";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

export async function runMigrations(folder = MIGRATIONS_FOLDER) {
  await dbReady();
  await migrate(getDb(), { migrationsFolder: folder });
}
