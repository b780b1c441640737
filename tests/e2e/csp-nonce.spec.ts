import { expect, test, type Page } from "@playwright/test";
import { signInAsAdmin } from "./support/admin-session";
import { uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { buy } from "./support/shopper";

// Pages that take a password, a payment or an operator action run only the scripts that carry their
// response's nonce; cached catalogue pages keep 'unsafe-inline' (a nonce would make them per request).

function scriptSources(policy: string) {
  return (/(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? "").split(" ");
}

function nonceOf(policy: string) {
  return scriptSources(policy)
    .map((source) => /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(source)?.[1])
    .find(Boolean);
}

/** Records every CSP violation the browser reports on this page. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test("password pages send a fresh script nonce, put it on every script, and drop 'unsafe-inline'", async ({ request }) => {
  for (const path of ["/login", "/register", "/forgot-password", "/reset-password?token=not-a-real-token"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const policy = first.headers()["content-security-policy"];
    const nonce = nonceOf(policy);
    expect(nonce, `${path}: ${policy}`).toBeTruthy();
    expect(scriptSources(policy), path).not.toContain("'unsafe-inline'");

    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(1);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);

    const again = await request.get(path);
    expect(nonceOf(again.headers()["content-security-policy"]), path).not.toBe(nonce);
  }
});

test("cached catalogue pages keep their policy without a nonce, so they stay cached", async ({ request }) => {
  for (const path of ["/", "/shop"]) {
    await request.get(path);
    const response = await request.get(path);
    expect(response.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    const policy = response.headers()["content-security-policy"];
    expect(nonceOf(policy), path).toBeUndefined();
    expect(scriptSources(policy), path).toContain("'unsafe-inline'");
  }
});

test("an injected inline script does not run on the sign-in page, while the page's own scripts do", async ({ page }) => {
  const violations = watchViolations(page);
  await page.goto("/login");
  // The header's account links come from a client component: the page's own scripts ran.
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(violations).toEqual([]);

  await page.addScriptTag({ content: "window.__injected = true" }).catch(() => undefined);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.join("\n")).toMatch(/Content Security Policy/);
});

test("the operator console, the account page and a whole purchase run under the nonce policy without a violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchViolations(page);
  await signInAsAdmin(page);
  for (const path of ["/admin/orders", "/admin/products", "/account"]) {
    const response = await page.goto(path);
    expect(nonceOf(response!.headers()["content-security-policy"]), path).toBeTruthy();
    await expect(page.getByRole("main").getByRole("heading").first()).toBeVisible();
  }

  const stocked = await e2eDb().execute("select slug from products where visible = 1 and stock >= 20 order by stock desc, id limit 1");
  const { paymentIntentId } = await buy(page, String(stocked.rows[0].slug), uniqueEmail("csp-nonce"));
  expect(paymentIntentId).toMatch(/^pi_/);
  expect(violations).toEqual([]);
});
