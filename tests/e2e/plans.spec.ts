import { expect, test, type Page } from "@playwright/test";
import { register, submitRegistration, uniqueEmail } from "./support/accounts";
import { signInAsAdmin } from "./support/admin-session";

/** Registration that goes on to pay for the Monthly plan. */
const MONTHLY_REGISTRATION = "/register?callbackUrl=%2Fplans%3Fplan%3Dmonthly";

async function payWithCard(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry date").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Pay/ }).click();
}

test("pick Quarterly signed out, register, pay with 4242, see it on the account page, cancel at period end", async ({ page }) => {
  await page.goto("/plans");
  const quarterly = page.getByRole("article", { name: "Quarterly" });
  await expect(quarterly).toContainText("$12.00");
  await expect(quarterly).toContainText("every 3 months");
  await expect(quarterly).toContainText("$4.00 a month");
  await expect(quarterly).toContainText("save 20% vs Monthly");
  await expect(page.getByRole("article", { name: "Annual" })).toContainText("save 17% vs Monthly");

  await quarterly.getByRole("link", { name: "Choose Quarterly" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await submitRegistration(page, uniqueEmail("plans"), { name: "Quinn Quarterly" });

  // Back at the plan that was picked, ready to pay for it.
  await expect(page).toHaveURL(/\/plans\?plan=quarterly/);
  await expect(page.getByRole("heading", { name: "Pay for the Quarterly plan" })).toBeVisible();
  await payWithCard(page, "4242 4242 4242 4242");

  await expect(page).toHaveURL(/\/plans\/complete\?.*payment_intent=pi_/);
  await expect(
    page.getByText("You have successfully paid $12.00 for the Quarterly plan for unlimited access to the recipe assistant."),
  ).toBeVisible();

  await page.goto("/account");
  const plan = page.getByRole("region", { name: "Your plan" });
  await expect(plan.getByTestId("plan-name")).toContainText("Quarterly");
  await expect(plan.getByTestId("plan-status")).toHaveText("Active");
  await expect(plan.getByTestId("plan-renewal")).toContainText(/Renews on \w+ \d+, \d{4} for \$12\.00/);

  await plan.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(plan.getByTestId("plan-renewal")).toContainText(/Ends on \w+ \d+, \d{4}\./);
  await expect(plan.getByTestId("plan-status")).toHaveText("Active");
  await expect(plan.getByRole("button", { name: "Resume plan" })).toBeVisible();

  // One plan at a time: picking a plan again leads to the one the user has.
  await page.goto("/plans?plan=monthly");
  await expect(page).toHaveURL(/\/account/);
});

test("a declined first payment says so and a second card pays", async ({ page }) => {
  await register(page, uniqueEmail("plans-decline"), { name: "Dee Declined", path: MONTHLY_REGISTRATION });
  await expect(page.getByRole("heading", { name: "Pay for the Monthly plan" })).toBeVisible();

  await payWithCard(page, "4000 0000 0000 0002");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Your card was declined.");
  await expect(page).toHaveURL(/\/plans\?plan=monthly/);

  await payWithCard(page, "4242 4242 4242 4242");
  await expect(page.getByText("You have successfully paid $5.00 for the Monthly plan for unlimited access to the recipe assistant.")).toBeVisible();
});

test("an operator moves the sandbox clock a month on and the subscriber's plan renews", async ({ page, browser }) => {
  await register(page, uniqueEmail("plans-renew"), { name: "Remy Renewal", path: MONTHLY_REGISTRATION });
  await payWithCard(page, "4242 4242 4242 4242");
  await expect(page.getByText("You have successfully paid $5.00 for the Monthly plan")).toBeVisible();
  await page.goto("/account");
  const renewal = page.getByRole("region", { name: "Your plan" }).getByTestId("plan-renewal");
  const firstRenewal = /Renews on (\w+ \d+, \d{4})/.exec((await renewal.textContent()) ?? "")?.[1];
  expect(firstRenewal).toBeTruthy();

  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signInAsAdmin(operator);
  await operator.goto("/plans");
  await operator.getByRole("button", { name: "Advance the sandbox clock 1 month" }).click();
  await expect(operator.getByRole("region", { name: "Sandbox billing clock (operators)" }).getByRole("status")).toContainText("billing step(s) ran");
  await operatorContext.close();

  // The renewal was charged to the saved card and its webhooks moved the period on.
  await expect(async () => {
    await page.reload();
    await expect(renewal).toContainText("Renews on");
    await expect(renewal).not.toContainText(firstRenewal!);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Your plan" }).getByTestId("plan-status")).toHaveText("Active");
});
