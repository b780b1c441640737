import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { registerCustomer } from "./support/accounts";

// A crawler, or a phone still loading the page's JavaScript, reads the 404 page from the HTML the
// server sends: the shop's header and footer around the translated words, in the document's language.

const HEADINGS = { en: "We could not find that page", es: "No encontramos esa página", de: "Diese Seite haben wir nicht gefunden" };
const FOOTER_LABELS = { en: "Footer", es: "Pie de página", de: "Fußzeile" };
type Language = keyof typeof HEADINGS;
const LANGUAGES = Object.keys(HEADINGS) as Language[];

async function expectServerRenderedNotFound(request: APIRequestContext, path: string, language: Language, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers });
  expect(response.status(), path).toBe(404);
  // What a browser shows before any script runs (the page's data for the scripts says it all again).
  const html = (await response.text()).replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
  expect(/<html[^>]*>/.exec(html)?.[0], path).toContain(`lang="${language}"`);
  expect(/<meta name="description" content="([^"]*)"/.exec(html)?.[1], path).toBeTruthy();
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? "";
  expect(body, path).toMatch(new RegExp(`<h1[^>]*>${HEADINGS[language]}</h1>`));
  expect(body, path).toMatch(/<header[^>]*>[\s\S]*Beyond Earth[\s\S]*<\/header>/);
  expect(body, path).toContain(`<nav aria-label="${FOOTER_LABELS[language]}"`);
}

for (const language of LANGUAGES) {
  test(`an unknown address is a 404 page in the HTML itself, in ${language}`, async ({ request }) => {
    await expectServerRenderedNotFound(request, "/no-such-page", language, { "Accept-Language": language });
    await expectServerRenderedNotFound(request, "/shop/no-such-product/or-its-reviews", language, { "Accept-Language": language });
    // An address that names its language, whatever the browser asks for.
    await expectServerRenderedNotFound(request, `/${language}/no-such-page`, language, { "Accept-Language": language === "en" ? "de" : "en" });
  });
}

test("a signed-in shopper's 404 page is in the HTML too, in the language they chose", async ({ page }) => {
  await registerCustomer(page);
  const request = page.context().request;
  await expectServerRenderedNotFound(request, "/no-such-page", "en");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "es", url: page.url() }]);
  await expectServerRenderedNotFound(request, "/no-such-page", "es");
});

test("in the browser the 404 page is accessible, logs no error of its own and searches the shop", async ({ page }) => {
  const problems: string[] = [];
  // Chromium itself notes the document's 404 status in the console; nothing else may be logged.
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("status of 404")) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await page.waitForLoadState("networkidle");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole("search").getByRole("searchbox", { name: "Search products" }).fill("tomato");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/shop\?q=tomato$/);
  await expect(page.getByRole("main").getByRole("heading").first()).toBeVisible();
  expect(problems).toEqual([]);
});
