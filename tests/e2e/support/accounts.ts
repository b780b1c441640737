import { expect, type Page } from "@playwright/test";

export const PASSWORD = "green-basket-1";

/** An email no other test (or earlier run against the same database) has used. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

type Registration = { password?: string; name?: string };

/** Fills and submits the registration form already on the page. */
export async function submitRegistration(page: Page, email: string, { password = PASSWORD, name = "Robin Example" }: Registration = {}) {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/**
 * Opens the registration page (`path`, for one with a callbackUrl), fills and submits the form; the
 * caller checks where it lands (a refusal stays on /register).
 */
export async function register(page: Page, email: string, { path = "/register", ...details }: Registration & { path?: string } = {}) {
  await page.goto(path);
  await submitRegistration(page, email, details);
}

/** Registers and waits for the account page, for specs that only need a signed-in customer. */
export async function registerCustomer(page: Page, email = uniqueEmail("customer"), password = PASSWORD, name = "Sam Shopper") {
  await register(page, email, { password, name });
  await expect(page).toHaveURL(/\/account$/);
  return email;
}
