import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { resetEnvCache } from "@/lib/config/env";

declare module "vitest" {
  export interface ProvidedContext {
    /** A database file migrated once for the run; each test file works on a copy of it. */
    templateDatabase: string;
  }
}

/**
 * Migrates one template database from the committed migrations, once per `vitest run`, so each test
 * file copies a file (tests/support/setup.ts) instead of running every migration again.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "beyond-earth-test-template-"));
  const file = join(dir, "template.db");
  const saved = { DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: process.env.AUTH_SECRET };
  process.env.DATABASE_URL = `file:${file}`;
  process.env.AUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
  resetEnvCache();
  try {
    await runMigrations();
    // Everything into the main file, so that one file is the whole database to copy.
    await getDb().$client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    closeDb();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvCache();
  }
  project.provide("templateDatabase", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
