import { NextRequest } from "next/server";
import { afterAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/config/env";

const saved = { APP_URL: process.env.APP_URL, AUTH_URL: process.env.AUTH_URL };

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

describe("Auth.js's own routes", () => {
  it("build their redirects from APP_URL, not from the request's Host header", async () => {
    process.env.APP_URL = "https://shop.beyond-earth.test";
    delete process.env.AUTH_URL;
    resetEnvCache();
    const { handlers } = await import("@/lib/auth");
    const request = new NextRequest("http://localhost:3000/api/auth/signin", {
      headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
    });
    const response = await handlers.GET(request);
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    const location = response.headers.get("location") ?? "";
    // The sign-in page (our /login) is told to come back to the shop's own address.
    const target = new URL(location, "https://shop.beyond-earth.test");
    expect(target.pathname).toBe("/login");
    expect(new URL(target.searchParams.get("callbackUrl") ?? "").origin).toBe("https://shop.beyond-earth.test");
    expect(location).not.toContain("evil.example");
    expect(location).not.toContain("localhost");
  });
});
