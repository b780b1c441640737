import AxeBuilder from "@axe-core/playwright";
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { registerCustomer, signInAsAdmin } from "./support/admin-session";
import { e2eDb } from "./support/db";
import { addToCart } from "./support/shopper";

const PRODUCT = "heirloom-cherry-tomatoes";

/**
 * Opens a page and collects what every visitor should be spared: a missing meta description, an
 * error in the browser console, and any WCAG 2.1 AA violation axe can find. Each test checks all
 * its pages and then reports every problem at once.
 */
async function problemsOn(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const descriptions = await page.locator('meta[name="description"]').all();
    const description = descriptions.length > 0 ? await descriptions[0].getAttribute("content") : null;
    if ((description?.trim().length ?? 0) < 20) problems.push(`no meta description`);

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    for (const violation of axe.violations) {
      problems.push(`axe ${violation.id}: ${violation.nodes.slice(0, 5).map((node) => node.target.join(" ")).join(" | ")}`);
    }
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
  }
  return problems;
}

async function expectAccessible(page: Page, paths: string[]) {
  // Each page loads, settles and is scanned by axe: up to 20 s apiece for the admin tables on a busy 2-core machine.
  test.setTimeout(60_000 + paths.length * 25_000);
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    const problems = await problemsOn(page, path);
    if (problems.length > 0) found[path] = problems;
  }
  expect(found).toEqual({});
}

test("the shop's public pages are accessible, described and free of console errors", async ({ page }) => {
  await expectAccessible(page, ["/", "/shop", "/shop?category=bakery", "/shop?q=tomato", `/shop/${PRODUCT}`, "/cart", "/checkout", "/plans", "/assistant", "/login", "/register"]);
});

test("the cart and checkout with something in the cart are accessible", async ({ page }) => {
  await addToCart(page, PRODUCT);
  await expectAccessible(page, ["/cart", "/checkout"]);
});

test("a signed-in shopper's pages are accessible", async ({ page }) => {
  await registerCustomer(page);
  await expectAccessible(page, ["/account", "/orders", "/plans", "/assistant"]);
});

test("the operator console is accessible", async ({ page }) => {
  const product = await e2eDb().execute("select id from products order by id limit 1");
  await signInAsAdmin(page);
  await expectAccessible(page, ["/admin", "/admin/orders", "/admin/products", `/admin/products/${Number(product.rows[0].id)}`, "/admin/subscriptions", "/admin/webhooks", "/admin/reviews"]);
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the header fits on one line and its menu opens the navigation from the keyboard", async ({ page }) => {
    await page.goto("/");
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: "Beyond Earth" })).toBeInViewport();
    await expect(banner.getByRole("link", { name: /^Cart, / })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const menu = banner.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(banner.getByRole("link", { name: "Plans" })).toBeHidden();

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Plans" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();

    await menu.click();
    await nav.getByRole("link", { name: "Shop" }).click();
    await expect(page).toHaveURL(/\/shop$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("the shop shows products on the first screen, with the filters behind a button", async ({ page }) => {
    await page.goto("/shop");
    await expect(page.getByRole("list", { name: "Products" }).getByRole("listitem").first()).toBeInViewport();
    const categories = page.getByRole("navigation", { name: "Categories" });
    await expect(categories).toBeHidden();

    const filters = page.getByRole("button", { name: "Filters" });
    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await categories.getByRole("link", { name: /^Bakery/ }).click();
    await expect(page).toHaveURL(/category=bakery/);
    await expect(page.getByRole("heading", { level: 1, name: "Bakery" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Filters (on)" })).toBeVisible();
  });
});
