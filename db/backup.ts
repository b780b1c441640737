import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { env } from "@/lib/config/env";
import { getDb } from "./client";

export type BackupResult = { ok: true; file: string } | { ok: false; message: string };

/**
 * Copies the embedded database to `file` while the shop keeps running. `VACUUM INTO` reads one
 * snapshot (WAL lets writers go on meanwhile) and writes a compact, self-contained database, so
 * the copy is consistent without stopping anything; copying the .db file itself could catch a
 * write half-done or miss what still sits in the -wal file.
 */
export async function backupDatabase(file: string): Promise<BackupResult> {
  const { DATABASE_URL } = env();
  if (!DATABASE_URL.startsWith("file:")) {
    return { ok: false, message: "DATABASE_URL is a libSQL server: back it up there (Turso keeps point-in-time backups), not with db:backup" };
  }
  const target = resolve(file);
  if (existsSync(target)) return { ok: false, message: `${target} already exists: name a new file, a backup never overwrites one` };
  mkdirSync(dirname(target), { recursive: true });
  await getDb().$client.execute({ sql: "VACUUM INTO ?", args: [target] });
  return { ok: true, file: target };
}
