import { createClient } from "@libsql/client";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { afterAll, expect, test } from "vitest";
import { backupDatabase } from "@/db/backup";
import { getDb } from "@/db/client";
import { appState } from "@/db/schema";
import { resetEnvCache } from "@/lib/config/env";
import { countOn } from "../support/database";

const dir = mkdtempSync(join(tmpdir(), "beyond-earth-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Another process writes to the shop's database the whole time, as the running server would.
const writer = `
import { createClient } from "@libsql/client";
const db = createClient({ url: process.env.WRITER_URL });
await db.execute("PRAGMA busy_timeout = 10000");
for (let i = 0; ; i++) {
  await db.execute({ sql: "INSERT INTO app_state (key, value) VALUES (?, ?)", args: ["writer-" + i, "x".repeat(200)] });
  if (i === 200) console.log("writing");
}`;

test("a backup taken while another process writes opens on its own with every row committed before it", async () => {
  const url = process.env.DATABASE_URL!;
  const seeded = Array.from({ length: 3000 }, (_, i) => ({ key: `seed-${i}`, value: `value ${i}` }));
  for (let i = 0; i < seeded.length; i += 500) await getDb().insert(appState).values(seeded.slice(i, i + 500));

  const child = spawn(process.execPath, ["--input-type=module", "-e", writer], { env: { ...process.env, WRITER_URL: url }, stdio: ["ignore", "pipe", "inherit"] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("writing") && resolve());
      child.once("exit", (code) => reject(new Error(`the writer exited with ${code}`)));
    });
    const file = join(dir, "nested", "backup.db");
    const writtenBefore = await countWriterRows(url);
    expect(await backupDatabase(file)).toEqual({ ok: true, file });
    const writtenAfter = await countWriterRows(url);

    const backup = createClient({ url: `file:${file}` });
    try {
      expect((await backup.execute("PRAGMA integrity_check")).rows[0][0]).toBe("ok");
      const seedRows = await backup.execute("SELECT count(*) AS n FROM app_state WHERE key LIKE 'seed-%'");
      expect(Number(seedRows.rows[0].n)).toBe(seeded.length);
      const inBackup = Number((await backup.execute("SELECT count(*) AS n FROM app_state WHERE key LIKE 'writer-%'")).rows[0].n);
      expect(inBackup).toBeGreaterThanOrEqual(writtenBefore);
      expect(inBackup).toBeLessThanOrEqual(writtenAfter);
      // The migrations' record travels too, so a shop restored from it starts without re-migrating.
      expect((await backup.execute("SELECT count(*) AS n FROM __drizzle_migrations")).rows[0].n).not.toBe(0);
    } finally {
      backup.close();
    }
  } finally {
    child.kill();
    if (child.exitCode === null) await once(child, "exit");
  }
});

test("a backup never overwrites a file, and a libSQL server is backed up where it runs", async () => {
  const existing = join(dir, "existing.db");
  writeFileSync(existing, "keep me");
  expect(await backupDatabase(existing)).toEqual({ ok: false, message: expect.stringContaining("already exists") });

  const url = process.env.DATABASE_URL;
  process.env.DATABASE_URL = "libsql://shop.example.turso.io";
  resetEnvCache();
  try {
    expect(await backupDatabase(join(dir, "remote.db"))).toEqual({ ok: false, message: expect.stringContaining("Turso") });
    expect(existsSync(join(dir, "remote.db"))).toBe(false);
  } finally {
    process.env.DATABASE_URL = url;
    resetEnvCache();
  }
});

const countWriterRows = (url: string) => countOn(url, "SELECT count(*) AS n FROM app_state WHERE key LIKE 'writer-%'");
