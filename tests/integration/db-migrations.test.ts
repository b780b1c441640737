import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { acquireMigrationLock, MIGRATIONS_FOLDER, migrationProblem, migrationStatus, runMigrations } from "@/db/migrate";
import { resetEnvCache } from "@/lib/config/env";
import { countOn } from "../support/database";

const dir = mkdtempSync(join(tmpdir(), "beyond-earth-migrations-"));
const originalUrl = process.env.DATABASE_URL;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  closeDb();
  process.env.DATABASE_URL = originalUrl;
  resetEnvCache();
});

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] };
const tags = journal.entries.map((entry) => entry.tag);

let databases = 0;
/** Points the app at a new, empty database file and returns its URL. */
function freshDatabase(): string {
  closeDb();
  const url = `file:${join(dir, `db-${++databases}.db`)}`;
  process.env.DATABASE_URL = url;
  resetEnvCache();
  return url;
}

const appliedCount = (url: string) => countOn(url, "SELECT count(*) AS n FROM __drizzle_migrations");

describe("migration status", () => {
  it("is behind on an empty database, current once migrated, ahead when a newer release migrated it", async () => {
    freshDatabase();
    const empty = await migrationStatus();
    expect(empty).toEqual({ state: "behind", applied: 0, expected: tags.length, missing: tags });
    expect(migrationProblem(empty)).toBe(
      `The database is behind this release: ${tags.length} migration(s) not applied (${tags.join(", ")}); run \`npm run db:migrate\` before starting the server.`,
    );

    await runMigrations();
    const current = await migrationStatus();
    expect(current).toEqual({ state: "current", applied: tags.length });
    expect(migrationProblem(current)).toBeNull();

    const { getDb } = await import("@/db/client");
    const newer = journal.entries[journal.entries.length - 1].when + 1000;
    await getDb().$client.execute({ sql: "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-a-newer-release', ?)", args: [newer] });
    const ahead = await migrationStatus();
    expect(ahead.state).toBe("ahead");
    expect(migrationProblem(ahead)).toMatch(/^The database was migrated by a newer release than this one/);
  });

  it("names only the missing migrations of a database one release behind", async () => {
    freshDatabase();
    await runMigrations();
    const { getDb } = await import("@/db/client");
    const last = journal.entries[journal.entries.length - 1];
    await getDb().$client.execute({ sql: "DELETE FROM __drizzle_migrations WHERE created_at = ?", args: [last.when] });
    expect(await migrationStatus()).toMatchObject({ state: "behind", missing: [last.tag] });
  });
});

describe("the migration lock", () => {
  it("makes a second migrator wait for the first, and fail with one clear line when it never lets go", async () => {
    const url = freshDatabase();
    const held = await acquireMigrationLock({ holder: "release-host:4242" });
    const error = await runMigrations(MIGRATIONS_FOLDER, { lockWaitMs: 600 }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^Could not migrate: another process \(release-host:4242\) has held the migration lock since \d{4}-\d\d-\d\dT[\d:.]+Z and \d+ s passed waiting for it; if that process died/,
    );
    expect((error as Error).message).not.toContain("\n");
    expect(await migrationStatus()).toMatchObject({ state: "behind", applied: 0 });

    const waiting = runMigrations(MIGRATIONS_FOLDER, { lockWaitMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await held.release();
    await waiting;
    expect(await appliedCount(url)).toBe(tags.length);
  });

  it("takes over a lock left by a process that died long ago", async () => {
    freshDatabase();
    const { getDb } = await import("@/db/client");
    await getDb().$client.execute("CREATE TABLE IF NOT EXISTS __migration_lock (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, acquired_at INTEGER NOT NULL)");
    await getDb().$client.execute({ sql: "INSERT INTO __migration_lock (id, holder, acquired_at) VALUES (1, 'dead-host:1', ?)", args: [Date.now() - 60 * 60_000] });
    await runMigrations(MIGRATIONS_FOLDER, { lockWaitMs: 600 });
    expect(await migrationStatus()).toMatchObject({ state: "current" });
    expect((await getDb().$client.execute("SELECT count(*) AS n FROM __migration_lock")).rows[0].n).toBe(0);
  });

  it("lets several `npm run db:migrate` processes start at once against one database, each succeeding", async () => {
    const url = freshDatabase();
    closeDb();
    const processes = Array.from({ length: 3 }, () => {
      const child = spawn(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      return once(child, "exit").then(([code]) => ({ code, output }));
    });
    const results = await Promise.all(processes);
    for (const result of results) expect(result, result.output).toMatchObject({ code: 0 });
    expect(await appliedCount(url)).toBe(tags.length);
  }, 60_000);
});
