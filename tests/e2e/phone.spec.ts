import { expect, test, type Locator, type Page } from "@playwright/test";
import { registerCustomer } from "./support/admin-session";
import { addToCart } from "./support/shopper";

// A 375 × 812 phone (an iPhone X–13 mini class screen), touch and mobile viewport on.
const WIDTH = 375;
const PRODUCT = "heirloom-cherry-tomatoes";
/** The smallest tap target WCAG 2.5.5 and Apple's and Google's guidelines ask for, in CSS px. */
const TAP = 44;

test.use({ viewport: { width: WIDTH, height: 812 }, isMobile: true, hasTouch: true });

/** How far the page is wider than the phone (0 when nothing scrolls sideways), and what sticks out. */
async function sideScroll(page: Page, path: string): Promise<string | null> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return page.evaluate((width) => {
    const overflow = document.documentElement.scrollWidth - width;
    if (overflow <= 0) return null;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 3).join(".")}`);
    return `${overflow}px too wide (${wide.join(", ")})`;
  }, WIDTH);
}

/** Each control's rendered size, reported when a finger would struggle to hit it. */
async function smallTargets(controls: Record<string, Locator>): Promise<string[]> {
  const small: string[] = [];
  for (const [name, control] of Object.entries(controls)) {
    await expect(control, name).toBeVisible();
    const box = await control.boundingBox();
    if (!box || box.height < TAP || box.width < TAP) small.push(`${name}: ${Math.round(box?.width ?? 0)}×${Math.round(box?.height ?? 0)}`);
  }
  return small;
}

test("no page scrolls sideways on a 375 px phone", async ({ page }) => {
  const tooWide: Record<string, string> = {};
  const check = async (path: string) => {
    const problem = await sideScroll(page, path);
    if (problem) tooWide[path] = problem;
  };
  for (const path of ["/", "/shop", "/shop?q=tomato", `/shop/${PRODUCT}`, "/assistant", "/plans"]) await check(path);
  await addToCart(page, PRODUCT);
  for (const path of ["/cart", "/checkout"]) await check(path);
  await registerCustomer(page);
  await check("/account");
  expect(tooWide).toEqual({});
});

test("the main controls are big enough to tap", async ({ page }) => {
  const banner = page.getByRole("banner");
  const nav = page.getByRole("navigation", { name: "Main" });
  const small: string[] = [];

  await page.goto("/");
  const menu = banner.getByRole("button", { name: "Menu" });
  small.push(...(await smallTargets({ "menu button": menu, "cart link": banner.getByRole("link", { name: /^Cart, / }) })));
  await menu.click();
  small.push(
    ...(await smallTargets({
      "Shop link": nav.getByRole("link", { name: "Shop" }),
      "Recipe assistant link": nav.getByRole("link", { name: "Recipe assistant" }),
      "Plans link": nav.getByRole("link", { name: "Plans" }),
      "Sign in link": nav.getByRole("link", { name: "Sign in" }),
    })),
  );

  await page.goto("/shop");
  const filters = page.getByRole("button", { name: "Filters" });
  small.push(...(await smallTargets({ "Filters button": filters, "Search button": page.getByRole("button", { name: "Search", exact: true }) })));
  await filters.click();
  small.push(
    ...(await smallTargets({
      "a category": page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: /^Bakery/ }),
      "a tag": page.getByRole("navigation", { name: "Tags" }).getByRole("link").first(),
    })),
  );

  await page.goto(`/shop/${PRODUCT}`);
  small.push(...(await smallTargets({ "Add to cart": page.getByRole("button", { name: "Add to cart" }), "Quantity": page.getByLabel("Quantity") })));

  await addToCart(page, PRODUCT);
  await page.goto("/cart");
  small.push(...(await smallTargets({ "Checkout": page.getByRole("main").getByRole("link", { name: "Checkout" }) })));
  await page.goto("/checkout");
  small.push(...(await smallTargets({ "Continue to payment": page.getByRole("button", { name: "Continue to payment" }) })));

  expect(small).toEqual([]);
});
