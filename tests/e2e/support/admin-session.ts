import { expect, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { registerCustomer } from "./accounts";
import { e2eDb } from "./db";

export { registerCustomer, uniqueEmail } from "./accounts";

export const ADMIN_EMAIL = "admin@beyond-earth.test";
const ADMIN_PASSWORD = "operator-console-1";


/**
 * Signs in as the operator (ADMIN_EMAILS in the e2e server). Another spec may have registered the
 * operator already, with its own password; then the password is set here before signing in.
 */
export async function signInAsAdmin(page: Page) {
  const existing = await e2eDb().execute({ sql: "select id from users where email = ?", args: [ADMIN_EMAIL] });
  if (existing.rows.length === 0) {
    await registerCustomer(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  } else {
    await e2eDb().execute({ sql: "update users set password_hash = ? where email = ?", args: [await bcrypt.hash(ADMIN_PASSWORD, 10), ADMIN_EMAIL] });
    await page.goto("/login?callbackUrl=%2Fadmin");
    await page.getByLabel("Email").fill(ADMIN_EMAIL);
    await page.getByLabel("Password").fill(ADMIN_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
  }
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
}
