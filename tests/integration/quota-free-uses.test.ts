import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { fingerprintUsage } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { FAIR_USE } from "@/lib/assistant";
import { freeUsesLeft, networkHash } from "@/lib/quota";
import { hit } from "@/lib/rate-limit";
import { ask, createUser, freshIp, readReply, subscribe } from "./assistant-helpers";

beforeAll(async () => {
  await seedCatalog();
});

async function quotaBody(response: Response) {
  expect(response.status).toBe(402);
  return response.json();
}

describe("free uses per fingerprint", () => {
  it("lets exactly 3 of 20 simultaneous requests from one new fingerprint through; the rest get 402", async () => {
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    const responses = await Promise.all(Array.from({ length: 20 }, () => ask({ text: "What can I cook with lentils?", deviceId, ip })));
    const streamed = responses.filter((response) => response.status === 200);
    const refused = responses.filter((response) => response.status === 402);
    expect(streamed).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const response of streamed) {
      const reply = await readReply(response);
      expect(reply.errors).toEqual([]);
      expect(reply.text).toContain("Weeknight Red Lentil Dal");
    }
    expect(await refused[0].json()).toEqual({ error: "quota_exceeded", upgradeUrl: "/plans", message: expect.stringContaining("free questions") });
    const [row] = await getDb().select().from(fingerprintUsage).where(eq(fingerprintUsage.subject, `fp:device:${deviceId}`));
    expect(row.uses).toBe(3);
  });

  it("counts down in the X-Free-Uses-Left header", async () => {
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    const left: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await ask({ text: "How much is shipping?", deviceId, ip });
      left.push(response.headers.get("X-Free-Uses-Left"));
      await readReply(response);
    }
    expect(left).toEqual(["2", "1", "0"]);
    expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(0);
  });

  it("still refuses after the cookie is cleared: the same browser's fingerprint carries the count", async () => {
    const ip = freshIp();
    const hint = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    for (let i = 0; i < 3; i++) await readReply(await ask({ text: "Hello", deviceId: crypto.randomUUID(), hint, ip }));
    const body = await quotaBody(await ask({ text: "Hello", deviceId: crypto.randomUUID(), hint, ip }));
    expect(body.upgradeUrl).toBe("/plans");
  });

  it("gives strangers on one office connection, with the same browser, each their own free uses", async () => {
    const ip = freshIp();
    for (const deviceId of [crypto.randomUUID(), crypto.randomUUID()]) {
      for (let i = 0; i < 3; i++) expect((await ask({ text: "Hello", deviceId, ip })).status).toBe(200);
    }
  });

  it("counts requests that carry no device cookie at all (curl) by their network hash", async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++) expect((await ask({ text: "Hello", deviceId: null, ip, userAgent: "curl/8.5.0" })).status).toBe(200);
    await quotaBody(await ask({ text: "Hello", deviceId: null, ip, userAgent: "curl/8.5.0" }));
    const [row] = await getDb().select().from(fingerprintUsage).where(eq(fingerprintUsage.subject, `fp:net:${networkHash(ip, "curl/8.5.0")}`));
    expect(row.uses).toBe(3);
  });

  it("follows a signed-in user from device to device", async () => {
    const user = await createUser();
    for (let i = 0; i < 3; i++) await readReply(await ask({ text: "Hello", user, ip: freshIp(), deviceId: crypto.randomUUID() }));
    await quotaBody(await ask({ text: "Hello", user, ip: freshIp(), deviceId: crypto.randomUUID() }));
  });

  it("does not take a use for a request it rejects as invalid", async () => {
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    expect((await ask({ body: { message: { role: "user", parts: [{ type: "text", text: "   " }] } }, deviceId, ip })).status).toBe(400);
    expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(3);
  });
});

describe("subscribers", () => {
  it("are never refused for quota, however many questions they ask", async () => {
    const user = await createUser();
    await subscribe(user.id);
    const ip = freshIp();
    const deviceId = crypto.randomUUID();
    for (let i = 0; i < 6; i++) {
      const response = await ask({ text: "How much is shipping?", user, ip, deviceId });
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Free-Uses-Left")).toBeNull();
      await readReply(response);
    }
    // Their questions do not eat into the free uses of the browser they use.
    expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(3);
  });

  it("meet a fair-use limit: 429 with Retry-After once the window is full", async () => {
    const user = await createUser();
    await subscribe(user.id);
    for (let i = 0; i < FAIR_USE.limit; i++) await hit(`assistant:${user.id}`, FAIR_USE);
    const response = await ask({ text: "Hello", user });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: "rate_limited", message: expect.stringContaining("Please wait") });
  });

  it("fall back to free uses when their plan has lapsed", async () => {
    const user = await createUser();
    await subscribe(user.id, "canceled");
    const response = await ask({ text: "Hello", user });
    expect(response.headers.get("X-Free-Uses-Left")).toBe("2");
    await readReply(response);
  });
});

describe("the network bound (FREE_DEVICES_PER_NETWORK)", () => {
  it("200 requests from one address, rotating cookies, user agents and fingerprints, get at most 3 devices × 3 free answers", async () => {
    const ip = freshIp();
    let answered = 0;
    for (let i = 0; i < 200; i++) {
      const response = await ask({ text: "Hello", deviceId: crypto.randomUUID(), hint: `${i.toString(16).padStart(8, "0")}ffffffffffffffff`, ip, userAgent: `Bot/${i}` });
      if (response.status === 200) {
        answered += 1;
        await readReply(response);
      } else {
        expect(response.status).toBe(402);
      }
    }
    expect(answered).toBe(3);
  });

  it("does not lock out a device it already knows, and leaves other networks alone", async () => {
    const ip = freshIp();
    const known = crypto.randomUUID();
    await readReply(await ask({ text: "Hello", deviceId: known, ip }));
    for (let i = 0; i < 2; i++) await readReply(await ask({ text: "Hello", deviceId: crypto.randomUUID(), ip }));
    expect((await ask({ text: "Hello", deviceId: crypto.randomUUID(), ip })).status).toBe(402);
    expect(await freeUsesLeft({ deviceId: crypto.randomUUID(), ip, userAgent: "Vitest Browser/1.0" })).toBe(0);
    const again = await ask({ text: "Hello", deviceId: known, ip });
    expect(again.status).toBe(200);
    expect(again.headers.get("X-Free-Uses-Left")).toBe("1");
    await readReply(again);
    expect((await ask({ text: "Hello", deviceId: crypto.randomUUID(), ip: freshIp() })).status).toBe(200);
  });

  it("counts IPv6 visitors by their /64", async () => {
    for (let i = 1; i <= 3; i++) await readReply(await ask({ text: "Hello", deviceId: crypto.randomUUID(), ip: `2001:db8:77:1::${i}` }));
    expect((await ask({ text: "Hello", deviceId: crypto.randomUUID(), ip: "2001:db8:77:1:ffff::9" })).status).toBe(402);
  });
});
