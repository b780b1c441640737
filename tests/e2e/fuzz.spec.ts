import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { e2eDb } from "./support/db";
import { signInAsAdmin } from "./support/admin-session";

// Drives every route handler, every page and every server action with malformed input (wrong JSON,
// wrong types, huge strings, unicode, null bytes, wrong methods and content types, bad query
// parameters) and checks that none answers with a 5xx or shows a stack trace.

const LEAK = /\n\s+at \S+ \(|node_modules|webpack-internal|\.tsx?:\d+:\d+/;
const HUGE = "x".repeat(200_000);
const STRANGE = ["", " ", "\u0000", "%00", "ü\u0301🥕", "\u202e\u200b", "-1", "1e309", "NaN", "0x10", "[]", "{}", "null", "../../etc/passwd", "<script>alert(1)</script>", "a".repeat(5000)];

const JSON_BODIES: { what: string; contentType: string; data: string }[] = [
  { what: "wrong JSON", contentType: "application/json", data: "{not json" },
  { what: "JSON null", contentType: "application/json", data: "null" },
  { what: "JSON array", contentType: "application/json", data: "[1,2,3]" },
  { what: "JSON string", contentType: "application/json", data: '"hello"' },
  { what: "wrong types", contentType: "application/json", data: JSON.stringify({ messages: 5, message: { a: 1 }, id: [], amount: "x", type: 7, data: null }) },
  { what: "unicode and null bytes", contentType: "application/json", data: JSON.stringify({ message: "\u0000ü🥕\u202e", messages: [{ role: "user", content: "\u0000" }] }) },
  { what: "a huge string", contentType: "application/json", data: JSON.stringify({ message: HUGE, messages: [{ role: "user", content: HUGE }] }) },
  { what: "missing fields", contentType: "application/json", data: "{}" },
  { what: "deep nesting", contentType: "application/json", data: "[".repeat(5000) + "]".repeat(5000) },
  { what: "form body", contentType: "application/x-www-form-urlencoded", data: "a=%zz&b=\u0000" },
  { what: "multipart without a boundary", contentType: "multipart/form-data", data: "garbage" },
  { what: "plain text", contentType: "text/plain", data: "\u0000\u0001" },
  { what: "an unknown content type", contentType: "application/x-nonsense", data: "??" },
  { what: "no body", contentType: "application/json", data: "" },
];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

async function expectHandled(response: APIResponse, what: string) {
  const body = await response.text().catch(() => "");
  expect(response.status(), `${what}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(LEAK);
}

function send(request: APIRequestContext, method: string, path: string, headers: Record<string, string>, data?: string | Buffer) {
  return request.fetch(path, { method, headers, data, maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 });
}

async function productSlug(): Promise<string> {
  const row = await e2eDb().execute("select slug from products limit 1");
  return String(row.rows[0].slug);
}

const ROUTES = [
  "/api/assistant",
  "/api/me",
  "/api/health",
  "/api/stripe-sandbox/clock",
  "/api/stripe-sandbox/payment_intents/pi_fuzz",
  "/api/stripe-sandbox/payment_intents/%F0%9F%A5%95",
  "/api/stripe-sandbox/payment_intents/pi_fuzz/confirm",
  "/api/webhooks/stripe",
  "/api/auth/session",
  "/api/auth/csrf",
  "/api/auth/providers",
  "/api/auth/signin/credentials",
  "/api/auth/callback/credentials",
  "/api/auth/signout",
  "/api/auth/callback/nonsense",
  "/api/auth/%zz",
];

test("every route handler answers malformed requests with a 4xx, never a 5xx", async ({ request }) => {
  test.setTimeout(300_000);
  for (const path of ROUTES) {
    for (const method of METHODS) {
      await expectHandled(await send(request, method, path, {}), `${method} ${path}`);
    }
    for (const body of JSON_BODIES) {
      await expectHandled(await send(request, "POST", path, { "content-type": body.contentType }, body.data), `POST ${path} with ${body.what}`);
    }
    for (const value of STRANGE) {
      const query = new URLSearchParams({ id: value, limit: value, page: value, callbackUrl: value, error: value }).toString();
      await expectHandled(await send(request, "GET", `${path}?${query}`, {}), `GET ${path}?${query.slice(0, 60)}`);
    }
  }
  // A signed webhook header that is not a signature, and a sandbox clock told to travel nonsense.
  await expectHandled(await send(request, "POST", "/api/webhooks/stripe", { "stripe-signature": "t=abc,v1=\u00ff", "content-type": "application/json" }, "{}"), "a bad signature");
  for (const advance of [-1, 1e309, "1d", null, { days: "x" }, HUGE]) {
    await expectHandled(await send(request, "POST", "/api/stripe-sandbox/clock", { "content-type": "application/json" }, JSON.stringify({ advanceSeconds: advance, days: advance, to: advance })), `clock ${String(advance).slice(0, 20)}`);
  }
});

const PAGES = [
  "/",
  "/shop",
  "/shop/browse/all",
  "/shop/{slug}",
  "/shop/{slug}/review",
  "/shop/{slug}/reviews",
  "/cart",
  "/checkout",
  "/checkout/complete",
  "/checkout/3d-secure",
  "/plans",
  "/plans/pay",
  "/plans/complete",
  "/assistant",
  "/orders",
  "/orders/1",
  "/guest-orders/1",
  "/login",
  "/register",
  "/forgot-password",
  "/reset-password",
  "/goodbye",
  "/account",
  "/account/claim-orders",
  "/home/nonsense",
];
const PAGE_PARAMS = ["category", "tag", "sort", "page", "q", "plan", "callbackUrl", "payment_intent", "payment_intent_client_secret", "redirect_status", "token", "key", "id", "order", "error", "status", "view", "thread", "conversation"];

test("every page answers bad query parameters without a 5xx", async ({ request }) => {
  test.setTimeout(300_000);
  const slug = await productSlug();
  for (const page of PAGES.map((path) => path.replace("{slug}", slug))) {
    for (const value of STRANGE) {
      const query = PAGE_PARAMS.map((name) => `${name}=${encodeURIComponent(value)}`).join("&");
      await expectHandled(await send(request, "GET", `${page}?${query}`, {}), `GET ${page} with ${JSON.stringify(value.slice(0, 20))}`);
    }
    await expectHandled(await send(request, "GET", `${page}?page=1&page=2&sort=a&sort=b&category[]=x`, {}), `GET ${page} with repeated parameters`);
    await expectHandled(await send(request, "GET", `${page}?q=%zz&page=%`, {}), `GET ${page} with a malformed %-escape`);
    // A form posted without JavaScript, with nonsense, to every page.
    await expectHandled(await send(request, "POST", page, { "content-type": "application/x-www-form-urlencoded" }, "email=%zz&quantity=-1"), `POST form to ${page}`);
    await expectHandled(await send(request, "POST", page, { "content-type": "multipart/form-data; boundary=x" }, "--x\r\ncontent-disposition: form-data; name=\"$ACTION_ID_zz\"\r\n\r\n\r\n--x--\r\n"), `POST multipart to ${page}`);
  }
});

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }> };
const distDir = process.env.NEXT_DIST_DIR || ".next";

/** Every field name a form of the shop has, so each action gets its own fields with bad values. */
const FIELDS = [
  "email", "password", "name", "callbackUrl", "token", "newPassword", "confirmPassword", "currentPassword", "confirmEmail", "key",
  "productId", "quantity", "rating", "title", "body", "plan", "clientSecret", "outcome", "fullName", "line1", "line2", "city",
  "postalCode", "country", "phone", "eventId", "orderId", "amount", "amountCents", "reason", "reviewId", "intent", "trackingNumber",
  "carrier", "priceCents", "stock", "description", "slug", "category", "tags", "status", "id",
];

function actionForm(values: (field: string) => string): { data: Buffer; boundary: string } {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const parts = ['[{"status":"idle"},"$K1"]', ...FIELDS.map((field) => values(field))];
  const names = ["0", ...FIELDS.map((field) => `1_${field}`)];
  const body = names.map((name, index) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${parts[index]}\r\n`).join("") + `--${boundary}--\r\n`;
  return { data: Buffer.from(body, "utf8"), boundary };
}

test("every server action answers forms full of bad values with a form error, signed out and as the operator", async ({ page, request }) => {
  test.setTimeout(420_000);
  const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const slug = await productSlug();
  const actions = Object.entries(manifest.node).flatMap(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((key) => key.endsWith("/page"));
    if (!worker) return [];
    const path = worker.replace(/^app/, "").replace(/\/page$/, "").split("/").filter((segment) => !/^\(.*\)$/.test(segment)).map((segment) => (segment === "[slug]" ? slug : segment === "[id]" ? "1" : segment)).join("/") || "/";
    return [{ id, name: entry.exportedName ?? id, path }];
  });
  expect(actions.length).toBeGreaterThan(10);
  const fills: ((field: string) => string)[] = [() => "", () => HUGE.slice(0, 100_000), () => "\u0000", () => "ü\u0301🥕\u202e", () => "-99999999999999999999", () => "1e309"];

  const run = async (context: APIRequestContext, who: string) => {
    for (const { id, name, path } of actions) {
      if (name === "signOutAction") continue;
      for (const fill of fills) {
        const { data, boundary } = actionForm(fill);
        const response = await send(context, "POST", path, { "next-action": id, "content-type": `multipart/form-data; boundary=${boundary}` }, data);
        await expectHandled(response, `${who}: ${name} with ${JSON.stringify(fill("x").slice(0, 12))}`);
      }
    }
  };
  await run(request, "signed out");
  await signInAsAdmin(page);
  await run(page.request, "the operator");
});
