import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrate } from "drizzle-orm/libsql/migrator";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { dbReady, getDb } from "./client";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

/** drizzle's bookkeeping table: one row per applied migration, `created_at` = the journal's `when`. */
const APPLIED_TABLE = "__drizzle_migrations";
/** One row while some process migrates; in the database, so it holds across hosts (Turso too). */
const LOCK_TABLE = "__migration_lock";
/** A lock older than this was left by a process that died mid-release; the next one takes it over. */
const LOCK_STALE_MS = 10 * 60_000;
const LOCK_POLL_MS = 250;
const DEFAULT_LOCK_WAIT_MS = 120_000;

export class MigrationLockTimeout extends Error {
  constructor(holder: string, since: Date, waitedMs: number) {
    super(
      `Could not migrate: another process (${holder}) has held the migration lock since ${since.toISOString()} and ${Math.round(waitedMs / 1000)} s passed waiting for it; ` +
        `if that process died, the lock expires ${LOCK_STALE_MS / 60_000} minutes after it was taken (or delete the row in ${LOCK_TABLE}).`,
    );
    this.name = "MigrationLockTimeout";
  }
}

export type MigrationLock = { release: () => Promise<void> };

/**
 * Takes the migration lock, waiting up to `waitMs` for another process to finish. The row is
 * written in one statement that only succeeds when no live lock exists, so of two processes
 * starting at once exactly one holds it; the other waits and then finds nothing left to apply.
 */
export async function acquireMigrationLock(options: { waitMs?: number; holder?: string } = {}): Promise<MigrationLock> {
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const client = getDb().$client;
  await client.execute(`CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, acquired_at INTEGER NOT NULL)`);
  const started = Date.now();
  for (;;) {
    const now = Date.now();
    await client.execute({
      sql: `INSERT INTO ${LOCK_TABLE} (id, holder, acquired_at) VALUES (1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, acquired_at = excluded.acquired_at
            WHERE ${LOCK_TABLE}.acquired_at < ?`,
      args: [holder, now, now - LOCK_STALE_MS],
    });
    const current = (await client.execute(`SELECT holder, acquired_at FROM ${LOCK_TABLE} WHERE id = 1`)).rows[0];
    if (current?.holder === holder) {
      return {
        release: async () => {
          await client.execute({ sql: `DELETE FROM ${LOCK_TABLE} WHERE id = 1 AND holder = ?`, args: [holder] });
        },
      };
    }
    if (current && now - started >= waitMs) throw new MigrationLockTimeout(String(current.holder), new Date(Number(current.acquired_at)), now - started);
    await new Promise((done) => setTimeout(done, LOCK_POLL_MS));
  }
}

/** Applies the committed migrations that the database lacks, holding the migration lock. */
export async function runMigrations(folder = MIGRATIONS_FOLDER, options: { lockWaitMs?: number } = {}) {
  await dbReady();
  const lock = await acquireMigrationLock({ waitMs: options.lockWaitMs });
  try {
    await migrate(getDb(), { migrationsFolder: folder });
  } finally {
    await lock.release();
  }
}

export type MigrationStatus =
  | { state: "current"; applied: number }
  | { state: "behind"; applied: number; expected: number; missing: string[] }
  | { state: "ahead"; applied: number; expected: number };

/**
 * Compares the database with the migrations this build ships. drizzle applies a migration when its
 * journal time is newer than the last one applied, so that is what "behind" means here; a
 * database with migrations newer than the code's last one was migrated by a newer release.
 */
export async function migrationStatus(folder = MIGRATIONS_FOLDER): Promise<MigrationStatus> {
  await dbReady();
  const known = readMigrationFiles({ migrationsFolder: folder });
  const tags = readJournalTags(folder);
  const client = getDb().$client;
  const exists = await client.execute({ sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", args: [APPLIED_TABLE] });
  const appliedTimes = exists.rows.length
    ? (await client.execute(`SELECT created_at FROM ${APPLIED_TABLE}`)).rows.map((row) => Number(row.created_at))
    : [];
  const last = appliedTimes.length ? Math.max(...appliedTimes) : -Infinity;
  const codeLast = known.length ? known[known.length - 1].folderMillis : -Infinity;
  if (last > codeLast) return { state: "ahead", applied: appliedTimes.length, expected: known.length };
  const missing = known.flatMap((migration, index) => (migration.folderMillis > last ? [tags[index] ?? String(migration.folderMillis)] : []));
  if (missing.length) return { state: "behind", applied: appliedTimes.length, expected: known.length, missing };
  return { state: "current", applied: appliedTimes.length };
}

function readJournalTags(folder: string): string[] {
  // readMigrationFiles has already parsed and checked this file.
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, "utf8")) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}

/** The one line an operator sees when this build cannot serve the database it was given, or null. */
export function migrationProblem(status: MigrationStatus): string | null {
  if (status.state === "behind") {
    return `The database is behind this release: ${status.missing.length} migration(s) not applied (${status.missing.join(", ")}); run \`npm run db:migrate\` before starting the server.`;
  }
  if (status.state === "ahead") {
    return `The database was migrated by a newer release than this one (it has migrations this build does not know); deploy the newer release or restore a matching backup.`;
  }
  return null;
}
