import { expect, test, type Page } from "@playwright/test";
import { ask, browserNamed as browserOf, conversation } from "./support/assistant";
import { e2eDb } from "./support/db";

// The chat interface: markdown answers, copy, regenerate, edit and resend, the conversation list
// (rename, delete) and the phone layout. Each journey is its own browser (the quota counts it).
const browserNamed = (name: string) => browserOf(`ui-${name}`);
const history = (page: Page) => page.getByRole("list", { name: "Past conversations" });

test.describe("answers", () => {
  test.use({ userAgent: browserNamed("markdown"), permissions: ["clipboard-read", "clipboard-write"] });

  test("render as markdown with product links to the product pages, and copy as text", async ({ page }) => {
    await page.goto("/assistant");
    await ask(page, "Where is your tea from?");
    const log = conversation(page);
    await expect(log.getByText("Answered by local recipe model")).toBeVisible();
    const productLink = log.getByRole("listitem").getByRole("link").first();
    await expect(productLink).toHaveAttribute("href", /^\/shop\/[a-z0-9-]+$/);
    // No markdown syntax is left showing.
    await expect(log).not.toContainText("](");
    await expect(log).not.toContainText("**");

    await productLink.click();
    await expect(page).toHaveURL(/\/shop\/[a-z0-9-]+$/);
    // Coming back shows the conversation with its answer.
    await page.goBack();
    await expect(conversation(page).getByText("Answered by local recipe model")).toBeVisible();

    await conversation(page).getByRole("button", { name: "Copy" }).click();
    await expect(conversation(page).getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const answer = await conversation(page).getByRole("listitem").filter({ hasText: "Answered by" }).locator("a").first().innerText();
    expect(copied).toContain(answer);
    expect(copied).toMatch(/\]\(\/shop\//);
  });
});

test.describe("the last answer", () => {
  test.use({ userAgent: browserNamed("regenerate") });

  test("regenerates in place and edits the last question, each counted as a question", async ({ page }) => {
    await page.goto("/assistant");
    await expect(page.getByText("3 free questions left")).toBeVisible();
    await ask(page, "How much is shipping?");
    await expect(page.getByText("2 free questions left")).toBeVisible();
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(1);

    const regenerated = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/assistant");
    await conversation(page).getByRole("button", { name: "Regenerate" }).click();
    expect((await regenerated).status()).toBe(200);
    await expect(page.getByText("1 free question left")).toBeVisible();
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(1);
    await expect(conversation(page).getByText("Shipping is a flat $4.95 per order").first()).toBeVisible();

    await conversation(page).getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Edit your question").fill("What is your returns policy?");
    await page.getByRole("button", { name: "Save and send" }).click();
    await expect(page.getByText("No free questions left")).toBeVisible();
    await expect(conversation(page).getByText("You: What is your returns policy?")).toBeVisible();
    await expect(conversation(page).getByText("You: How much is shipping?")).toHaveCount(0);
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(1);

    // The server kept the edit: coming back shows the edited question and one answer.
    await page.reload();
    await expect(conversation(page).getByText("You: What is your returns policy?")).toBeVisible();
    await expect(conversation(page).getByText("You: How much is shipping?")).toHaveCount(0);
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(1);

    // With no free questions left, a regenerate is refused like a question and the answer stays.
    const refused = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/assistant");
    await conversation(page).getByRole("button", { name: "Regenerate" }).click();
    expect((await refused).status()).toBe(402);
    await expect(page.getByRole("region", { name: "Keep cooking with unlimited questions" })).toBeVisible();
    await expect(conversation(page).getByText("You: What is your returns policy?")).toBeVisible();
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(1);
  });
});

test.describe("the conversation list", () => {
  test.use({ userAgent: browserNamed("history") });

  test("renames and deletes a conversation", async ({ page }) => {
    await page.goto("/assistant");
    await ask(page, "How much is shipping?");
    await expect(history(page).getByRole("link", { name: /How much is shipping\?/ })).toBeVisible();
    await expect(conversation(page).getByText("Answered by local recipe model")).toBeVisible();

    await history(page).getByRole("button", { name: "Rename “How much is shipping?”" }).click();
    await page.getByLabel("Conversation name").fill("   ");
    await page.getByLabel("Conversation name").evaluate((input) => input.removeAttribute("required"));
    await history(page).getByRole("button", { name: "Save" }).click();
    await expect(history(page).getByRole("alert")).toHaveText("Give the conversation a name.");
    await page.getByLabel("Conversation name").fill("Shipping costs");
    await history(page).getByRole("button", { name: "Save" }).click();
    await expect(history(page).getByRole("link", { name: /Shipping costs/ })).toBeVisible();
    await page.reload();
    await expect(history(page).getByRole("link", { name: /Shipping costs/ })).toBeVisible();

    await history(page).getByRole("button", { name: "Delete “Shipping costs”" }).click();
    await history(page).getByRole("group", { name: "Confirm deletion" }).getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/assistant\?new=1$/);
    await expect(page.getByText("No conversations yet.")).toBeVisible();
    await page.goto("/assistant");
    await expect(conversation(page)).toHaveCount(0);
  });
});

test.describe("on a phone", () => {
  test.use({ userAgent: browserNamed("phone"), viewport: { width: 375, height: 740 } });

  test("keeps the conversations in a drawer and never scrolls sideways", async ({ page }) => {
    await page.goto("/assistant");
    await ask(page, "What can I cook tonight with chickpeas, vegan, under $15?");
    await expect(conversation(page).getByRole("heading", { name: "Chickpea & Spinach Coconut Curry" })).toBeVisible();

    const toggle = page.getByRole("button", { name: "Conversations" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(history(page)).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(history(page).getByRole("link", { name: /chickpeas/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(history(page)).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test.describe("a long conversation", () => {
  test.use({ userAgent: browserNamed("scroll"), viewport: { width: 1000, height: 640 } });

  test("keeps the composer in view and scrolls to each new answer", async ({ page }) => {
    await page.goto("/assistant");
    await ask(page, "What can I cook tonight with chickpeas, vegan, under $15?");
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(1);
    await ask(page, "Any breakfast ideas for two?");
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(2);

    // Read back to the top: the message box stays on screen, and the next answer is scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByLabel("Message")).toBeInViewport();
    await ask(page, "gluten-free dinner for 4 under $25");
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(3);
    await expect(conversation(page).getByText("Answered by local recipe model").last()).toBeInViewport();
    await expect(page.getByLabel("Message")).toBeInViewport();
  });
});

test.describe("without a connection", () => {
  test.use({ userAgent: browserNamed("offline") });

  test("says so in plain words, keeps the question for a retry, and counts nothing", async ({ page }) => {
    await page.goto("/assistant");
    await expect(page.getByText("3 free questions left")).toBeVisible();
    await page.getByLabel("Message").focus();
    await page.route("**/api/assistant", (route) => route.abort("internetdisconnected"));
    await page.getByLabel("Message").fill("How much is shipping?");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The assistant could not be reached. Check your connection and try again.");
    await expect(page.getByLabel("Message")).toHaveValue("How much is shipping?");
    await expect(conversation(page)).toHaveCount(0);

    await page.unroute("**/api/assistant");
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/assistant");
    await page.getByRole("button", { name: "Send" }).click();
    expect((await answered).status()).toBe(200);
    await expect(conversation(page).getByText("Shipping is a flat $4.95 per order").first()).toBeVisible();
    await expect(page.getByText("2 free questions left")).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });
});

test.describe("in Spanish (Accept-Language: es)", () => {
  test.use({ userAgent: browserNamed("spanish"), locale: "es-ES", extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9" } });

  test("the whole chat reads in Spanish: heading, composer, quota, buttons and the conversation list", async ({ page }) => {
    await page.goto("/assistant");
    await expect(page.getByRole("heading", { name: "Asistente de recetas" })).toBeVisible();
    await expect(page.getByText("Quedan 3 preguntas gratis")).toBeVisible();
    await expect(page.getByRole("button", { name: "Nueva conversación" })).toBeVisible();
    await expect(page.getByText("Aún no hay conversaciones.")).toBeVisible();

    await page.getByLabel("Mensaje").fill("¿Cuánto cuesta el envío?");
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/assistant");
    await page.getByRole("button", { name: "Enviar" }).click();
    expect((await answered).status()).toBe(200);
    const log = page.getByRole("log", { name: "Conversación" });
    await expect(log.getByText("Respondido por local recipe model")).toBeVisible();
    await expect(log.getByRole("button", { name: "Copiar" })).toBeVisible();
    await expect(log.getByRole("button", { name: "Regenerar" })).toBeVisible();
    await expect(log.getByRole("button", { name: "Editar" })).toBeVisible();
    await expect(page.getByText("Quedan 2 preguntas gratis")).toBeVisible();
    await expect(page.getByRole("list", { name: "Conversaciones anteriores" }).getByRole("button", { name: /^Cambiar el nombre/ })).toBeVisible();
    await expect(page.getByText("Intro para enviar, Mayús+Intro para una línea nueva")).toBeVisible();
  });

  test("a recipe card, and what it could not add to the cart, read in Spanish", async ({ page }) => {
    await page.goto("/assistant");
    await page.getByLabel("Mensaje").fill("¿Alguna idea de desayuno para dos?");
    await page.getByRole("button", { name: "Enviar" }).click();
    const card = page.getByRole("log", { name: "Conversación" }).getByRole("article").first();
    await expect(card.getByText("Preparación")).toBeVisible();
    // The recipe itself is in Spanish: its title, its method and its tags.
    const title = (await card.getByRole("heading").textContent())?.trim() ?? "";
    const [spanish] = (
      await e2eDb().execute({
        sql: "select r.title as english, rt.steps as steps from recipe_translations rt join recipes r on r.id = rt.recipe_id where rt.locale = 'es' and rt.title = ?",
        args: [title],
      })
    ).rows;
    expect(spanish, `"${title}" is a Spanish recipe title`).toBeDefined();
    await card.getByText("Preparación").click();
    const method = card.getByRole("listitem").filter({ hasText: JSON.parse(String(spanish.steps))[0] });
    await expect(method).toBeVisible();
    await expect(card.getByRole("list", { name: "Etiquetas" })).not.toContainText(/\b(vegetarian|gluten-free|dairy-free|nut-free|high-protein|quick)\b/);
    // A required ingredient's product (its in-stock substitute, when it is sold out) has one left.
    const required = card.getByRole("list", { name: /^Ingredientes de / }).getByRole("listitem").filter({ hasNotText: "(opcional)" }).first();
    const slug = (await required.getByRole("link").last().getAttribute("href"))?.replace("/shop/", "") ?? "";
    const db = e2eDb();
    const [{ stock }] = (await db.execute({ sql: "select stock from products where slug = ?", args: [slug] })).rows;
    await db.execute({ sql: "update products set stock = 1 where slug = ?", args: [slug] });
    try {
      await card.getByRole("button", { name: "Añadir ingredientes al carrito" }).click();
      await expect(card.getByRole("status")).toContainText("Añadido a tu carrito:");
      await card.getByRole("button", { name: "Añadir ingredientes al carrito" }).click();
      await expect(card.getByRole("status")).toContainText("Ya en tu carrito:");
      await card.getByRole("button", { name: "Añadirlos otra vez" }).click();
      await expect(card.getByRole("status")).toContainText("solo queda 1 y tu carrito ya los tiene todos");
    } finally {
      await db.execute({ sql: "update products set stock = ? where slug = ?", args: [stock, slug] });
    }
  });
});

// The shopping list is said once: each recipe card lists every ingredient with its quantity in the
// shopper's words, its product and price; the answer's text recommends the recipe without repeating it.
for (const { language, question, answeredBy, message, send, headers } of [
  { language: "English", question: "Any breakfast ideas for two?", answeredBy: "Answered by", message: "Message", send: "Send", headers: {} },
  { language: "Spanish", question: "¿Alguna idea de desayuno para dos?", answeredBy: "Respondido por", message: "Mensaje", send: "Enviar", headers: { "Accept-Language": "es-ES,es;q=0.9" } },
]) {
  test.describe(`the shopping list, in ${language}`, () => {
    test.use({ userAgent: browserNamed(`shopping-list-${language}`), locale: language === "Spanish" ? "es-ES" : "en-US", extraHTTPHeaders: headers });

    test("is on the recipe card, every ingredient with its quantity, and not repeated in the answer", async ({ page }) => {
      await page.goto("/assistant");
      await page.getByLabel(message).fill(question);
      await page.getByRole("button", { name: send }).click();
      const answer = page.getByRole("log").getByRole("listitem").filter({ hasText: answeredBy }).last();
      await expect(answer.getByText(answeredBy)).toBeVisible();
      const cards = answer.getByRole("article");
      await expect(cards.first()).toBeVisible();
      let text = await answer.innerText();
      for (const card of await cards.all()) text = text.replace(await card.innerText(), "");
      // The answer still recommends each recipe by its title and cost.
      expect(text).toMatch(/\d+[.,]\d{2}/);

      for (const card of await cards.all()) {
        const lines = card.getByRole("list", { name: language === "Spanish" ? /^Ingredientes de / : /^Ingredients for / }).getByRole("listitem");
        expect(await lines.count()).toBeGreaterThan(0);
        for (const line of await lines.all()) {
          const [product, quantity] = (await line.locator("> span").first().innerText()).split(" · ");
          // Each line: its product (linked, or said to be sold out), its quantity and its price.
          expect(quantity?.trim(), product).toBeTruthy();
          await expect(line).toContainText(/\d+[.,]\d{2}|—/);
          if (language === "Spanish") expect(quantity, product).not.toMatch(/\b(cloves?|tsp|tbsp|cans?|slices?|handful|pinch|to serve)\b/);
          // A sold-out ingredient is said aloud in the answer too; every other line only on the card.
          if (/ (?:sold out|agotado)/.test(product)) continue;
          const name = product.replace(/^\((?:optional|opcional)\)\s*/, "").trim();
          expect(text, `the answer repeats ${name}`).not.toContain(name);
        }
      }
    });
  });
}
