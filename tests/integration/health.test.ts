import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { getDb } from "@/db/client";
import { startEmailSender, stopEmailSender } from "@/lib/email/sender";
import { startReservationSweeper, stopReservationSweeper } from "@/lib/orders/sweeper";

const health = (query = "") => GET(new Request(`http://127.0.0.1/api/health${query}`));

afterEach(async () => {
  await Promise.all([stopEmailSender(), stopReservationSweeper()]);
});

describe("GET /api/health", () => {
  it("reports a reachable database, the sandbox and the local model when no keys are set", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, db: true, payments: "sandbox", ai: "local" });
  });

  it("?ready=1 is ready when the migrations are current and the email sender and sweeper run", async () => {
    startEmailSender();
    startReservationSweeper();
    const response = await health("?ready=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, db: true, payments: "sandbox", ai: "local", migrations: "current", emailSender: true, sweeper: true });
  });

  it("?ready=1 answers 503 naming what is not running, while liveness stays 200", async () => {
    startEmailSender();
    const response = await health("?ready=1");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, db: true, migrations: "current", emailSender: true, sweeper: false, reason: "The reservation sweeper is not running." });
    expect((await health()).status).toBe(200);
  });

  it("?ready=1 answers 503 with the migration problem when the database is ahead of this release", async () => {
    startEmailSender();
    startReservationSweeper();
    const client = getDb().$client;
    await client.execute({ sql: "INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)", args: ["from-a-newer-release", 9_999_999_999_999] });
    try {
      const response = await health("?ready=1");
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body).toMatchObject({ ok: false, db: true, migrations: "ahead" });
      expect(body.reason).toMatch(/^The database was migrated by a newer release than this one/);
    } finally {
      await client.execute({ sql: "DELETE FROM __drizzle_migrations WHERE hash = ?", args: ["from-a-newer-release"] });
    }
  });
});
