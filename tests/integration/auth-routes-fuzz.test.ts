import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/auth/[...nextauth]/route";

// Auth.js's own routes (/api/auth/*) take a callbackUrl from the query string, a form field and a
// cookie. A value that is not a URL must not make them answer with a 500.
const STRANGE = [" ", "\u0000", "ü🥕", "[]", "null", "http://", "javascript:alert(1)", "//evil.example", "/..//evil.example", "%zz", "a".repeat(5000)];
const ORIGIN = process.env.AUTH_URL ?? "http://localhost:3000";

describe("Auth.js routes with a malformed callbackUrl", () => {
  it("answer GET requests without a server error", async () => {
    for (const route of ["session", "csrf", "providers", "signin", "signout", "error"]) {
      for (const value of STRANGE) {
        const url = `${ORIGIN}/api/auth/${route}?${new URLSearchParams({ callbackUrl: value, error: value })}`;
        const response = await GET(new NextRequest(url));
        expect(response.status, `${route} ${JSON.stringify(value.slice(0, 20))}`).toBeLessThan(500);
        const location = response.headers.get("location");
        if (location) expect(new URL(location, ORIGIN).origin, location).toBe(new URL(ORIGIN).origin);
      }
    }
  });

  it("answer a callbackUrl cookie that is not a URL without a server error", async () => {
    for (const value of STRANGE) {
      const request = new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: `authjs.callback-url=${encodeURIComponent(value)}` } });
      const response = await GET(request);
      expect(response.status, JSON.stringify(value.slice(0, 20))).toBeLessThan(500);
    }
  });
});
