import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { e2eDb } from "./support/db";
import { mainPort, startExtraServer } from "./support/extra-server";
import { E2E_AUTH_SECRET } from "./support/server-env";

// Shapes of secrets that must never reach a browser, whatever their value.
const secretShapes = [
  /sk_(live|test)_[A-Za-z0-9]{4,}/,
  /rk_(live|test)_[A-Za-z0-9]{4,}/,
  /whsec_[A-Za-z0-9_]{4,}/,
  /(?<![A-Za-z0-9])sk-(proj-)?[A-Za-z0-9_-]{20,}/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function aProductSlug() {
  const result = await e2eDb().execute("select slug from products where visible = 1 order by id limit 1");
  return String(result.rows[0].slug);
}

/**
 * Loads pages in the browser and waits on each until its client components have run (the header's
 * account links come from one); collects the document responses and any CSP violation reported.
 */
async function browse(page: Page, baseURL: string, paths: string[]) {
  const documents: Response[] = [];
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of paths) {
    const response = await page.goto(`${baseURL}${path}`);
    expect(response, path).not.toBeNull();
    documents.push(response!);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" }), path).toBeVisible();
  }
  return { documents, violations };
}

/**
 * Everything a browser receives for these pages: the HTML, the RSC payload a client navigation
 * fetches, every script and stylesheet the HTML references, and the header's `/api/me`.
 */
async function servedTexts(baseURL: string, paths: string[]) {
  const texts: { url: string; text: string }[] = [];
  const assets = new Set<string>();
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { headers });
    expect(response.status, url).toBeLessThan(500);
    texts.push({ url, text: await response.text() });
    return texts.at(-1)!.text;
  };
  for (const path of paths) {
    const html = await get(`${baseURL}${path}`);
    await get(`${baseURL}${path}`, { RSC: "1" });
    for (const match of html.matchAll(/\/_next\/static\/[^"'\s)]+?\.(?:js|css)/g)) assets.add(match[0]);
  }
  for (const asset of assets) await get(`${baseURL}${asset}`);
  await get(`${baseURL}/api/me`);
  return { texts, assets: [...assets] };
}

test("the built client files contain no secret", async () => {
  const staticDir = join(process.env.NEXT_DIST_DIR || ".next", "static");
  const files = filesUnder(staticDir);
  const scripts = files.filter((file) => file.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(5);
  const leaks: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (text.includes(E2E_AUTH_SECRET)) leaks.push(`${file}: AUTH_SECRET`);
    for (const shape of secretShapes) {
      const match = shape.exec(text);
      if (match) leaks.push(`${file}: ${match[0]}`);
    }
  }
  expect(leaks).toEqual([]);
});

test("pages carry the security headers and a CSP without Stripe in the sandbox, and still run their scripts", async ({ page }) => {
  const slug = await aProductSlug();
  const { documents, violations } = await browse(page, `http://127.0.0.1:${mainPort}`, ["/", "/shop", `/shop/${slug}`, "/login"]);
  for (const response of documents) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).not.toMatch(/stripe/);
  }
  expect(violations).toEqual([]);
});

test("with real Stripe and OpenAI configured, no secret reaches the browser and the CSP opens Stripe's domains", async ({ page }) => {
  // Starts a second server and browses seven pages in it: slower than one page on a busy machine.
  test.setTimeout(120_000);
  const canaries = {
    STRIPE_SECRET_KEY: "sk_test_canaryStripeSecret0123456789",
    STRIPE_WEBHOOK_SECRET: "whsec_canary_webhook_secret_0123456789",
    OPENAI_API_KEY: "sk-canary-openai-key-0123456789abcdefghij",
    AUTH_SECRET: "canary-auth-secret-0123456789-abcdefghij",
  };
  const server = await startExtraServer(mainPort + 20, { ...canaries, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "pk_test_canaryPublishable0123" });
  try {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ payments: "stripe", ai: "openai" });

    const paths = ["/", "/shop", `/shop/${await aProductSlug()}`, "/login", "/register", "/cart", "/assistant"];
    const { texts, assets } = await servedTexts(server.url, paths);
    expect(assets.filter((asset) => asset.endsWith(".js")).length).toBeGreaterThan(5);
    for (const { url, text } of texts) {
      for (const [name, value] of Object.entries(canaries)) expect(text.includes(value), `${name} in ${url}`).toBe(false);
      for (const shape of secretShapes) expect(shape.exec(text)?.[0], url).toBeUndefined();
    }
    const { documents, violations } = await browse(page, server.url, paths);
    expect(violations).toEqual([]);
    for (const response of documents) {
      const csp = response.headers()["content-security-policy"];
      expect(csp).toMatch(/script-src [^;]*https:\/\/js\.stripe\.com/);
      expect(csp).toMatch(/connect-src [^;]*https:\/\/api\.stripe\.com/);
      expect(csp).toMatch(/frame-src [^;]*https:\/\/hooks\.stripe\.com/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
    }
  } finally {
    await server.stop();
  }
});

test("a path with a malformed %-escape gets 400, never a server error", async ({ request }) => {
  for (const path of ["/shop/%zz", "/orders/%E0%A4%A", "/cart/%zz", "/shop/%C3", "/account/%"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
});

test("a first visit to a public page gets only the device cookie, while account pages still need a sign-in", async ({ playwright, baseURL }) => {
  // A fresh client with no cookies at all, as a crawler or a new shopper arrives.
  const visitor = await playwright.request.newContext({ baseURL });
  try {
    for (const path of ["/", "/shop", "/shop?category=bakery", "/plans", "/login"]) {
      const response = await visitor.get(path, { maxRedirects: 0, headers: { cookie: "" } });
      expect(response.status(), path).toBe(200);
      const names = response
        .headersArray()
        .filter((header) => header.name.toLowerCase() === "set-cookie")
        .map((header) => header.value.split("=")[0]);
      expect(names, path).toEqual(["be_device"]);
    }
    const account = await visitor.get("/account", { maxRedirects: 0, headers: { cookie: "" } });
    expect(account.status()).toBe(307);
    expect(account.headers().location).toMatch(/\/login\?callbackUrl=%2Faccount$/);
  } finally {
    await visitor.dispose();
  }
});

/** Gets `first`, then `again`, and gives the second page's HTML once it is known to come from the cache. */
async function servedFromCache(request: APIRequestContext, first: string, again: string) {
  await request.get(first);
  const response = await request.get(again);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  return response.text();
}

test("a cached page is sent without an ETag hashed from the whole page on every request", async ({ request }) => {
  // Next's ETag is a hash of the whole page computed again on every hit (next.config.ts).
  for (const path of ["/", "/shop", "/shop?category=bakery", "/shop/heirloom-cherry-tomatoes"]) {
    await request.get(path);
    const response = await request.get(path);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    expect(response.headers().etag, path).toBeUndefined();
    expect(await response.text(), path).toContain("</html>");
  }
});

test("the home page is served from the cache, and its cached route has no other editions", async ({ request }) => {
  expect(await servedFromCache(request, "/", "/")).toContain("Featured");
  expect((await request.get("/home/other")).status()).toBe(404);
});

test("a search is served from the cache, whatever spacing the shopper typed", async ({ request }) => {
  expect(await servedFromCache(request, "/shop?q=cherry%20tomatoes", "/shop?q=%20cherry%20%20tomatoes%20")).toContain("Heirloom Cherry Tomatoes");
});

test("the home page names its canonical address in full, as search engines need it", async ({ request, baseURL }) => {
  const html = await (await request.get("/")).text();
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
  expect(canonical?.replace(/\/$/, "")).toBe(baseURL);
});
