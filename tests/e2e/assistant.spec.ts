import { expect, test } from "@playwright/test";
import { PASSWORD, registerCustomer, uniqueEmail } from "./support/accounts";
import { ask, browserNamed, conversation } from "./support/assistant";
import { e2eDb } from "./support/db";

test.describe("a guest", () => {
  test.use({ userAgent: browserNamed("guest") });

  test("asks three questions, sees the answers stream in with the model named, and is shown the plans on the fourth", async ({ page }) => {
    await page.goto("/assistant");
    await expect(page.getByRole("heading", { name: "Recipe assistant" })).toBeVisible();
    await expect(page.getByText("3 free questions left")).toBeVisible();

    await ask(page, "How much is shipping?");
    await expect(conversation(page).getByText("Shipping is a flat $4.95 per order, and free on orders of $50 or more.").first()).toBeVisible();
    await expect(conversation(page).getByText("Answered by local recipe model")).toBeVisible();
    await expect(page.getByText("2 free questions left")).toBeVisible();

    await ask(page, "What can I cook tonight with chickpeas, vegan, under $15?");
    await expect(conversation(page).getByRole("heading", { name: "Chickpea & Spinach Coconut Curry" })).toBeVisible();
    await expect(conversation(page).getByRole("link", { name: "Chickpeas in Water (400 g can)" }).first()).toHaveAttribute("href", "/shop/canned-chickpeas");
    await expect(page.getByText("1 free question left")).toBeVisible();

    await ask(page, "Any breakfast ideas for two?");
    // The sold-out ingredient is said on the recipe card, with the in-stock product to use instead.
    const swap = conversation(page).getByRole("article").getByRole("listitem").filter({ hasText: "Unsweetened Oat Milk (1 L)" }).first();
    await expect(swap).toContainText("sold out");
    await expect(swap.getByRole("link", { name: "Barista Oat Milk (1 L)" })).toHaveAttribute("href", "/shop/barista-oat-milk");
    await expect(page.getByText("No free questions left")).toBeVisible();

    const refused = await ask(page, "What vegan desserts can I make?");
    expect(refused.status()).toBe(402);
    const plans = page.getByRole("region", { name: "Keep cooking with unlimited questions" });
    await expect(plans).toBeVisible();
    await expect(plans.getByText("Monthly")).toBeVisible();
    await expect(plans.getByText("$5", { exact: true })).toBeVisible();
    await expect(plans.getByText("$12", { exact: true })).toBeVisible();
    await expect(plans.getByText("$50", { exact: true })).toBeVisible();
    await expect(plans.getByRole("link", { name: "See plans" })).toHaveAttribute("href", "/plans");
    // The refused question is handed back, ready to send once there is a plan.
    await expect(page.getByLabel("Message")).toHaveValue("What vegan desserts can I make?");

    // Coming back resumes the conversation; a new one starts empty.
    await page.goto("/assistant");
    await expect(page.getByRole("list", { name: "Past conversations" }).getByRole("link", { name: /How much is shipping\?/ })).toBeVisible();
    await expect(conversation(page).getByRole("heading", { name: "Chickpea & Spinach Coconut Curry" })).toBeVisible();
    await page.getByRole("button", { name: "New conversation" }).click();
    await expect(page).toHaveURL(/\/assistant\?new=1$/);
    await expect(conversation(page)).toHaveCount(0);
  });
});

test.describe("a guest who clears their cookies", () => {
  test.use({ userAgent: browserNamed("cookie-clearer") });

  test("is still the same device to the free-use quota: the browser's fingerprint travels with each question", async ({ page, context }) => {
    await page.goto("/assistant");
    const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/assistant");
    await ask(page, "How much is shipping?");
    expect((await sent).headers()["x-device-hint"]).toMatch(/^[0-9a-f]{32}$/);
    await ask(page, "How much is shipping?");
    await ask(page, "How much is shipping?");
    await expect(page.getByText("No free questions left")).toBeVisible();

    await context.clearCookies();
    await page.goto("/assistant");
    const refused = await ask(page, "What vegan desserts can I make?");
    expect(refused.status()).toBe(402);
    await expect(page.getByRole("region", { name: "Keep cooking with unlimited questions" })).toBeVisible();
  });
});

test.describe("a guest's cart", () => {
  test.use({ userAgent: browserNamed("cart") });

  test("fills with a recipe's ingredients from its card, substitutes included", async ({ page }) => {
    await page.goto("/assistant");
    await ask(page, "Any breakfast ideas for two?");
    const card = page.getByRole("article", { name: "Peanut Butter & Banana Overnight Oats" });
    await expect(card).toBeVisible();
    await card.getByRole("button", { name: "Add ingredients to cart" }).click();
    const added = card.getByRole("status");
    await expect(added).toContainText("Added to your cart:");
    await expect(added).toContainText("Barista Oat Milk (1 L) (for Unsweetened Oat Milk (1 L))");
    await expect(page.getByTestId("cart-count")).toHaveText("5");

    // Pressed again, it says what is already there instead of doubling the cart, and offers to add more.
    await card.getByRole("button", { name: "Add ingredients to cart" }).click();
    await expect(card.getByRole("status")).toContainText("Already in your cart: 1 × Gluten-Free Jumbo Rolled Oats (1 kg)");
    await expect(page.getByTestId("cart-count")).toHaveText("5");
    await card.getByRole("button", { name: "Add them again" }).click();
    await expect(page.getByTestId("cart-count")).toHaveText("10");
    await expect(card.getByRole("status")).toContainText("Added to your cart:");

    await page.goto("/cart");
    const items = page.getByRole("list", { name: "Cart items" });
    for (const name of ["Gluten-Free Jumbo Rolled Oats (1 kg)", "Barista Oat Milk (1 L)", "Fairtrade Bananas (bunch of 5)", "Crunchy Peanut Butter (340 g)", "Ceylon Cinnamon, Ground (40 g)"]) {
      await expect(items.getByRole("link", { name })).toBeVisible();
    }
    await expect(items.getByRole("link", { name: "Unsweetened Oat Milk (1 L)" })).toHaveCount(0);
  });
});

test.describe("a subscriber", () => {
  test.use({ userAgent: browserNamed("subscriber") });

  test("asks as often as they like and gets answers", async ({ page }) => {
    const email = await registerCustomer(page, uniqueEmail("subscriber"), PASSWORD, "Sam Subscriber");

    const db = e2eDb();
    const { rows } = await db.execute({ sql: "select id from users where email = ?", args: [email] });
    const userId = String(rows[0].id);
    await db.execute({
      sql: `insert into subscriptions (id, user_id, customer_id, plan, price_id, status, current_period_start, current_period_end)
            values (?, ?, ?, 'monthly', 'price_e2e_monthly', 'active', ?, ?)`,
      args: [`sub_e2e_${Date.now()}`, userId, `cus_e2e_${Date.now()}`, Date.now(), Date.now() + 30 * 24 * 60 * 60 * 1000],
    });

    await page.goto("/assistant");
    await expect(page.getByText("Unlimited questions with your plan")).toBeVisible();
    for (const question of ["How much is shipping?", "What is your returns policy?", "Is the packaging recyclable?", "gluten-free dinner for 4 under $25"]) {
      const response = await ask(page, question);
      expect(response.status()).toBe(200);
    }
    await expect(conversation(page).getByRole("heading", { name: "Smoky Sweet Potato & Black Bean Tacos" })).toBeVisible();
    await expect(conversation(page).getByText("Answered by local recipe model")).toHaveCount(4);
    await expect(page.getByRole("region", { name: "Keep cooking with unlimited questions" })).toHaveCount(0);
  });
});
