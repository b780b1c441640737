import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, register, registerCustomer, submitRegistration, uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { addToCart } from "./support/shopper";

const NEW_PASSWORD = "green-basket-2";


/** Submits the sign-in form and waits for the server action's answer, so each attempt is counted once. */
async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/login");
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await answered;
}

/** The form's own alert (Next's route announcer is an alert too, outside main). */
function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

/**
 * A refused sign-in: waits until the form has settled (the button is back, the form reset), so the
 * next attempt's typing is not cleared by this one's reset even when the message is the same.
 */
async function expectSignInRefused(page: Page, email: string, password: string, message: string) {
  await signIn(page, email, password);
  await expect(page.getByRole("main").getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await expect(formAlert(page)).toHaveText(message);
}

async function signOutFromAccountPage(page: Page) {
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByText("You have been signed out.")).toBeVisible();
}

test("register, sign out and in, change the password, delete the account", async ({ page }) => {
  const email = uniqueEmail("journey");

  await register(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expect(page.getByRole("banner").getByRole("link", { name: "Account" })).toBeVisible();

  await signOutFromAccountPage(page);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await expectSignInRefused(page, email, "not-my-password-1", "Incorrect email or password");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel("Current password").fill("not-my-password-1");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is incorrect")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/account\?passwordChanged=1$/);
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  await signOutFromAccountPage(page);
  await expectSignInRefused(page, email, PASSWORD, "Incorrect email or password");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel("Type your email to confirm").fill("someone-else@example.com");
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page.getByText("Type your email address exactly as shown to confirm")).toBeVisible();
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel("Type your email to confirm").fill(email);
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await expectSignInRefused(page, email, NEW_PASSWORD, "Incorrect email or password");
});

test("a signed-out visit to /account goes to sign in and comes back after it", async ({ page, browser }) => {
  const email = uniqueEmail("return");
  const setup = await browser.newPage();
  await register(setup, email);
  await expect(setup).toHaveURL(/\/account$/);
  await setup.close();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/register");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-email")).toHaveText(email);
});

test("sign-in never redirects off the site", async ({ page, browser }) => {
  const email = uniqueEmail("redirect");
  const setup = await browser.newPage();
  // Waits for the account page: closing the page sooner can cancel the registration.
  await registerCustomer(setup, email, PASSWORD);
  await setup.close();

  await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/steal")}`);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/account$/);
});

test("registration answers a registered email without saying it exists, explains a weak password, keeping what was typed", async ({ page }) => {
  const email = uniqueEmail("dupe");
  await register(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await signOutFromAccountPage(page);

  await register(page, email, { password: "another-pass-1" });
  await expect(page.getByText("We could not create an account with these details.")).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await register(page, uniqueEmail("weak"), { password: "abc" });
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
});

test("registering keeps the callbackUrl and returns there", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/account?from=checkout")}`);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/register\?callbackUrl=%2Faccount%3Ffrom%3Dcheckout$/);
  await submitRegistration(page, uniqueEmail("callback"));
  await expect(page).toHaveURL(/\/account\?from=checkout$/);
});

test("repeated wrong passwords slow sign-in down, even for the right password", async ({ page }) => {
  const email = uniqueEmail("throttle");
  await register(page, email);
  await signOutFromAccountPage(page);

  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await expectSignInRefused(page, email, `wrong-guess-${attempt}`, "Incorrect email or password");
  }
  await expectSignInRefused(page, email, "wrong-guess-5", "Too many attempts, try again in 15 minutes");
  await expectSignInRefused(page, email, PASSWORD, "Too many attempts, try again in 15 minutes");
  await expect(page).toHaveURL(/\/login/);
});

test("the operator email gets the admin role", async ({ page }) => {
  // An address of ADMIN_EMAILS that no other spec signs in with, so this test owns its account.
  await e2eDb().execute({ sql: "delete from users where email = ?", args: ["operator@beyond-earth.test"] });
  await register(page, "operator@beyond-earth.test", { password: PASSWORD, name: "Operator" });
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Operator", { exact: true }).last()).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Admin" })).toBeVisible();
});

test("a guest cart merges into the account's cart at sign-in", async ({ page, browser }) => {
  const email = uniqueEmail("merge");
  // Earlier, on another device, the account put spinach in its cart.
  const otherDevice = await browser.newPage();
  await register(otherDevice, email);
  await expect(otherDevice).toHaveURL(/\/account$/);
  await addToCart(otherDevice, "organic-baby-spinach", 1);
  await otherDevice.close();

  // Now, as a guest in this browser: two punnets of tomatoes.
  await addToCart(page, "heirloom-cherry-tomatoes", 2);
  await expect(page.getByTestId("cart-count")).toHaveText("2");

  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("cart-count")).toHaveText("3");

  await page.goto("/cart");
  await expect(page.getByRole("heading", { name: "Your cart" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Heirloom Cherry Tomatoes" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Organic Baby Spinach" })).toBeVisible();
  await expect(page.getByLabel("Quantity for Heirloom Cherry Tomatoes")).toHaveValue("2");

  // Signing out leaves the account's cart with the account, not with the next guest at this browser.
  await page.goto("/account");
  await signOutFromAccountPage(page);
  await expect(page.getByTestId("cart-count")).toHaveText("0");
});

