import { createHmac } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { registerCustomer, uniqueEmail } from "./support/accounts";
import { e2eDb } from "./support/db";
import { latestEmail } from "./support/outbox";
import { E2E_AUTH_SECRET } from "./support/server-env";
import { buy, CARD_OK, shipToPortland } from "./support/shopper";

// The shop in Spanish and German: the first visit follows Accept-Language, the switcher's choice is
// remembered, prices stay in dollars in the locale's number format, and paying works in Spanish.

const spanish = { locale: "es-ES", extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9,en;q=0.5" } };
const esDollars = (cents: number) => new Intl.NumberFormat("es-ES", { style: "currency", currency: "USD" }).format(cents / 100);
// Intl separates the amount and the symbol with a no-break space; the page text is compared as the browser reads it.
const loose = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s/g, "\\s"));

/**
 * A product with plenty of stock that no other journey buys, so this spec's purchase never runs it
 * out, and with a Spanish name of its own; fewer than 99 in stock, so a cart can ask for one too many.
 */
async function roomyProduct() {
  const { rows } = await e2eDb().execute(
    `select p.slug, p.name, p.price_cents, pt.name as es_name from products p
     join product_translations pt on pt.product_id = p.id and pt.locale = 'es'
     where p.stock between 20 and 90 and p.slug not like '%rice%' and pt.name <> p.name order by p.stock desc, p.slug limit 1`,
  );
  return { slug: String(rows[0].slug), name: String(rows[0].name), esName: String(rows[0].es_name), priceCents: Number(rows[0].price_cents) };
}

async function stockOf(slug: string) {
  const { rows } = await e2eDb().execute({ sql: "select stock from products where slug = ?", args: [slug] });
  return Number(rows[0].stock);
}

async function expectLanguage(page: Page, lang: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** A new customer (registered in English), then the same session in a Spanish browser, opened at `path`. */
async function spanishCustomerAt(english: Page, browser: Browser, baseURL: string | undefined, label: string, path: string) {
  const email = await registerCustomer(english, uniqueEmail(label));
  const context = await browser.newContext({ ...spanish, baseURL, storageState: await english.context().storageState() });
  const page = await context.newPage();
  await page.goto(path);
  await expectLanguage(page, "es");
  return { context, page, email };
}

test.describe("with Accept-Language: es", () => {
  test.use(spanish);

  test("the shop, cart and checkout are in Spanish, prices in dollars the Spanish way, and paying works", async ({ page }) => {
    const product = await roomyProduct();
    await page.goto("/shop");
    await expectLanguage(page, "es");
    await expect(page.getByRole("heading", { level: 1, name: "Todos los productos" })).toBeVisible();
    await expect(page.getByRole("search").getByLabel("Buscar productos")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Categorías" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Tienda" })).toBeVisible();

    await page.goto(`/shop/${product.slug}`);
    await expectLanguage(page, "es");
    await expect(page.getByRole("main").getByText(loose(esDollars(product.priceCents))).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Opiniones" })).toBeVisible();
    await expect(page.locator("#reviews").getByText(/^(Todavía no hay opiniones\.|\d+ opini(ón|ones))$/).first()).toBeVisible();
    await page.getByLabel("Cantidad").fill("2");
    await page.getByRole("button", { name: "Añadir al carrito" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Añadido 2 a tu carrito");
    await expect(page.getByRole("banner").getByRole("link", { name: /^Carrito, [1-9]/ })).toBeVisible();

    await page.goto("/cart");
    await expect(page.getByRole("heading", { level: 1, name: "Tu carrito" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Artículos del carrito" }).getByRole("link", { name: product.esName, exact: true })).toBeVisible();
    // Asking for more than is in stock is refused in Spanish, naming the product in Spanish.
    const stock = await stockOf(product.slug);
    await page.getByLabel(`Cantidad de ${product.esName}`).fill(String(stock + 1));
    await page.getByRole("button", { name: "Actualizar" }).click();
    await expect(page.getByRole("main").getByText(`Solo quedan ${stock} de ${product.esName} en existencias.`, { exact: true })).toBeVisible();
    await expect(page.getByTestId("cart-subtotal")).toHaveText(loose(esDollars(2 * product.priceCents)));
    await page.getByRole("link", { name: "Tramitar pedido" }).click();
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByRole("heading", { level: 1, name: "Finalizar compra" })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Resumen del pedido" }).getByRole("list", { name: "Artículos" })).toContainText(`${product.esName} × 2`);

    await page.getByRole("button", { name: "Continuar al pago" }).click();
    await expect(page.getByRole("main").getByText("Revisa los campos marcados.")).toBeVisible();
    await expect(page.getByRole("main").getByText("Escribe tu nombre completo")).toBeVisible();
    await page.getByLabel("Nombre completo").fill("Rosalía Compradora");
    const email = uniqueEmail("comprador");
    await page.getByLabel("Correo electrónico").fill(email);
    await shipToPortland(page, "Calle del Huerto 7", "es");
    await expect(page.getByRole("list", { name: "Tarjetas de prueba" })).toBeVisible();

    const shippingCents = 2 * product.priceCents >= 5000 ? 0 : 495;
    const total = esDollars(2 * product.priceCents + shippingCents);
    await expect(page.getByTestId("summary-total")).toHaveText(loose(total));
    await page.getByLabel("Número de tarjeta").fill(CARD_OK);
    await page.getByLabel("Fecha de caducidad").fill("12/34");
    await page.getByLabel("CVC").fill("123");
    const payButton = page.getByRole("button", { name: /^Pagar/ });
    await expect(payButton).toHaveText(loose(`Pagar ${total}`));
    await payButton.click();

    await expect(page).toHaveURL(/\/checkout\/complete\?payment_intent=pi_\w+/);
    await expectLanguage(page, "es");
    await expect(page.getByRole("heading", { level: 1, name: "Gracias: tu pedido está confirmado" })).toBeVisible();
    await expect(page.getByTestId("total-charged")).toHaveText(loose(`Total cobrado: ${total}`));
    await expect(page.getByRole("main").getByRole("region", { name: "Artículos" })).toContainText(product.esName);
    const paymentIntentId = new URL(page.url()).searchParams.get("payment_intent")!;
    await expect(page.getByRole("main").getByText(/^Pedido /).first()).toContainText(paymentIntentId);

    // The receipt the order sends is in Spanish too, with the same amount and the pi_ id.
    const orderId = /Pedido (\S+)/.exec((await page.getByRole("main").getByText(/^Pedido /).first().textContent()) ?? "")?.[1];
    const receipt = await latestEmail(email, "Tu recibo de Beyond Earth");
    expect(receipt.subject).toMatch(loose(`Tu recibo de Beyond Earth: ${total} (pedido ${orderId})`));
    expect(receipt.text).toMatch(loose(`Total cobrado: ${total}`));
    expect(receipt.text).toContain(paymentIntentId);
    expect(receipt.text).toContain(`Este es el recibo de tu pedido ${orderId}.`);
    expect(receipt.text).toMatch(new RegExp(`Ver tu pedido[\\s\\S]*/guest-orders/${orderId}\\?key=`));
    expect(receipt.html).toContain('lang="es"');
  });

  test("an unknown product is a 404 in Spanish, and the cached pages stay cached per language", async ({ page, request }) => {
    const response = await page.goto("/shop/no-such-product");
    expect(response?.status()).toBe(404);
    await expectLanguage(page, "es");
    await expect(page.getByRole("heading", { name: "No encontramos esa página" })).toBeVisible();

    const headers = { "Accept-Language": "es" };
    await request.get("/shop", { headers });
    const again = await request.get("/shop", { headers });
    expect(again.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    expect(await again.text()).toContain("Todos los productos");
    const english = await request.get("/shop", { headers: { "Accept-Language": "en-US" } });
    expect(await english.text()).toContain("All products");

    // The same address answers per language, so shared caches are told what chose it; a cached
    // page and a per-visitor page alike, and not an address that names its language.
    const varied = (response: { headers(): Record<string, string> }) => (response.headers().vary ?? "").toLowerCase().split(/\s*,\s*/);
    for (const response of [again, english, await request.get("/cart", { headers }), await request.get("/", { headers: { cookie: "NEXT_LOCALE=de" } })]) {
      expect(varied(response), response.url()).toEqual(expect.arrayContaining(["accept-language", "cookie"]));
    }
    expect(varied(await request.get("/es/shop", { headers: { "Accept-Language": "de" } }))).not.toContain("accept-language");
  });

  test("the switcher's choice wins over Accept-Language and is remembered", async ({ page }) => {
    await page.goto("/shop");
    await expectLanguage(page, "es");
    await page.getByRole("form", { name: "Idioma" }).getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/shop$/);
    await expectLanguage(page, "en");
    await expect(page.getByRole("heading", { level: 1, name: "All products" })).toBeVisible();
    await page.reload();
    await expectLanguage(page, "en");
  });
});

test("the switcher changes the language on the same page, and the choice is remembered across a reload", async ({ page }) => {
  await page.goto("/shop?category=pantry");
  await expectLanguage(page, "en");
  const switcher = page.getByRole("form", { name: "Language" });
  await expect(switcher.getByRole("button", { name: "English" })).toHaveAttribute("aria-current", "true");

  await switcher.getByRole("button", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/shop\?category=pantry$/);
  await expectLanguage(page, "de");
  await expect(page.getByRole("form", { name: "Sprache" }).getByRole("button", { name: "Deutsch" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("navigation", { name: "Kategorien" })).toBeVisible();

  await page.reload();
  await expectLanguage(page, "de");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Gutes Essen, mit Sorgfalt für den Planeten angebaut und versandt." })).toBeVisible();
  await page.goto("/plans");
  await expect(page.getByRole("heading", { level: 1, name: "Abos" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Monatlich" })).toBeVisible();
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await page.goto("/cart");
  await expectLanguage(page, "de");
  await expect(page.getByRole("banner").getByRole("link", { name: "Warenkorb, 0 Artikel" })).toBeVisible();

  await page.getByRole("form", { name: "Sprache" }).getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expectLanguage(page, "en");
});

test("a signed-in shopper's switch makes that language the account's, for the emails it gets", async ({ page }) => {
  const email = await registerCustomer(page, uniqueEmail("wechsel"));
  await page.goto("/account");
  await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "Deutsch" }).click();
  await expectLanguage(page, "de");
  const localeOf = async () => (await e2eDb().execute({ sql: "select locale from users where email = ?", args: [email] })).rows[0].locale;
  await expect.poll(localeOf).toBe("de");
  await page.getByRole("form", { name: "Sprache" }).getByRole("button", { name: "Español" }).click();
  await expectLanguage(page, "es");
  await expect.poll(localeOf).toBe("es");
});

test("the language route refuses an unknown language and another site's form", async ({ request, baseURL }) => {
  const unknown = await request.post("/api/locale", { form: { locale: "xx" }, maxRedirects: 0 });
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toContain("en, es, de");
  const foreign = await request.post("/api/locale", { form: { locale: "de" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(foreign.status()).toBe(403);
  const offsite = await request.post("/api/locale", { form: { locale: "de", returnTo: "//evil.example/" }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(offsite.status()).toBe(303);
  expect(offsite.headers().location).toBe("/");
  expect(offsite.headers()["set-cookie"]).toContain("NEXT_LOCALE=de");
});

test("a paid order's page reads in Spanish: heading, status, delivery and history", async ({ page: buyer, browser, baseURL }) => {
  const product = await roomyProduct();
  const { orderId, paymentIntentId } = await buy(buyer, product.slug, uniqueEmail("pedido"));
  // The guest's signed link from the receipt, opened by a Spanish browser.
  const key = createHmac("sha256", E2E_AUTH_SECRET).update(`guest-order:${orderId}`).digest("base64url");
  const context = await browser.newContext({ ...spanish, baseURL });
  const page = await context.newPage();
  await page.goto(`/guest-orders/${orderId}?key=${key}`);
  await expectLanguage(page, "es");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Pedido ${orderId}` })).toBeVisible();
  await expect(main.getByText("Pagado", { exact: true })).toBeVisible();
  await expect(main.getByText(/^Realizado el .+ UTC$/)).toBeVisible();
  await expect(main.getByRole("heading", { name: "Entrega" })).toBeVisible();
  await expect(page.getByTestId("fulfilment-status")).toHaveText("Aún sin empaquetar");
  await expect(main.getByRole("heading", { name: "Historial" })).toBeVisible();
  await expect(main.getByRole("region", { name: "Artículos" })).toContainText(product.esName);
  await expect(main.getByText(/^Pedido realizado por .+; 1 artículo reservado durante \d+ minutos\.$/)).toBeVisible();
  await expect(main.getByText(loose(`Pago de ${esDollars(product.priceCents + (product.priceCents >= 5000 ? 0 : 495))} recibido (${paymentIntentId}).`))).toBeVisible();
  await expect(main.getByRole("link", { name: "Seguir comprando" })).toBeVisible();
  await context.close();
});

test("a plan is paid for and managed in Spanish: nothing-to-pay page, payment, welcome page and the account's plan section", async ({ page: english, browser, baseURL }) => {
  const { context, page, email } = await spanishCustomerAt(english, browser, baseURL, "plan-es", "/plans/pay");
  await expect(page.getByRole("heading", { level: 1, name: "Nada que pagar" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Volver a tu cuenta" })).toBeVisible();

  await page.goto("/plans?plan=monthly");
  await expect(page.getByRole("heading", { name: "Pagar el plan Mensual" })).toBeVisible();
  await page.getByLabel("Número de tarjeta").fill(CARD_OK);
  await page.getByLabel("Fecha de caducidad").fill("12/34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: loose(`Pagar ${esDollars(500)}`) }).click();

  await expect(page).toHaveURL(/\/plans\/complete\?.*payment_intent=pi_/);
  await expect(page.getByRole("heading", { level: 1, name: "Bienvenido al plan Mensual" })).toBeVisible();
  await expect(page.getByText(loose(`Has pagado ${esDollars(500)} por el plan Mensual`))).toBeVisible();
  await expect(page.getByText(/^Tu plan se renueva el \d+ de \p{L}+ de \d{4} por /u)).toBeVisible();
  // Registered in English, paid in Spanish: the confirmation email is in Spanish.
  const confirmation = await latestEmail(email, "Pago recibido de tu plan Mensual");
  expect(confirmation.text).toMatch(loose(`Has pagado ${esDollars(500)} por el plan Mensual`));
  expect(confirmation.text).toMatch(/Tu plan se renueva el \d+ de \p{L}+ de \d{4}\./u);

  await page.goto("/account");
  const plan = page.getByRole("region", { name: "Tu plan" });
  await expect(plan.getByTestId("plan-status")).toHaveText("Activo");
  await expect(plan.getByTestId("plan-renewal")).toHaveText(/^Se renueva el \d+ de \p{L}+ de \d{4} por .+\.$/u);
  await expect(plan.getByRole("button", { name: "Cancelar al final del periodo" })).toBeVisible();
  await expect(plan.getByRole("button", { name: "Cambiar de plan" })).toBeVisible();
  // The plan buttons' answers are in Spanish too, dates and plan names included.
  await plan.getByLabel("Cambiar a").selectOption("quarterly");
  await plan.getByRole("button", { name: "Cambiar de plan" }).click();
  await expect(plan.getByRole("status").filter({ hasText: "Pasarás" })).toHaveText(
    /^Pasarás al plan Trimestral el \d+ de \p{L}+ de \d{4}, cuando termine tu periodo actual\. Hasta entonces no cambia nada\.$/u,
  );
  await plan.getByRole("button", { name: "Cancelar al final del periodo" }).click();
  await expect(plan.getByTestId("plan-renewal")).toHaveText(/^Termina el \d+ de \p{L}+ de \d{4}\. Mantienes el acceso ilimitado hasta entonces y no se te volverá a cobrar\.$/u);
  await expect(plan.getByRole("button", { name: "Reanudar plan" })).toBeVisible();
  await context.close();
});

test.describe("signing in, registering and resetting a password with Accept-Language: es", () => {
  test.use(spanish);

  test("the forms, their errors and the server's answers are in Spanish", async ({ page }) => {
    await page.goto("/login");
    await expectLanguage(page, "es");
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await expect(main.getByText("Escribe tu correo electrónico")).toBeVisible();
    await main.getByLabel("Correo electrónico").fill(uniqueEmail("nadie"));
    await main.getByLabel("Contraseña").fill("not-the-password-42");
    await main.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await expect(main.getByRole("alert")).toHaveText("Correo electrónico o contraseña incorrectos");

    await page.goto("/register");
    await main.getByLabel("Nombre").fill("Lucía");
    await main.getByLabel("Correo electrónico").fill(uniqueEmail("registro"));
    await main.getByLabel("Contraseña").fill("corta");
    await expect(main.getByText("Al menos 8 caracteres y difícil de adivinar")).toBeVisible();
    await main.getByRole("button", { name: "Crear cuenta" }).click();
    await expect(main.getByText("Usa al menos 8 caracteres")).toBeVisible();

    await page.goto("/forgot-password");
    await expect(main.getByRole("heading", { level: 1, name: "¿Olvidaste tu contraseña?" })).toBeVisible();
    await main.getByLabel("Correo electrónico").fill(uniqueEmail("olvido"));
    await main.getByRole("button", { name: "Enviar enlace" }).click();
    await expect(main.getByText(/^Si existe una cuenta con ese correo electrónico, le hemos enviado un enlace/)).toBeVisible();

    await page.goto("/reset-password?token=not-a-token");
    await expect(main.getByRole("heading", { level: 1, name: "Elige una contraseña nueva" })).toBeVisible();
    await expect(main.getByRole("alert")).toHaveText("Este enlace no es válido, ha caducado o ya se usó. Pide uno nuevo.");
    await expect(main.getByRole("link", { name: "Enviar un enlace nuevo" })).toBeVisible();
  });
});

test("the account page's forms and their answers are in Spanish", async ({ page: english, browser, baseURL }) => {
  const { context, page } = await spanishCustomerAt(english, browser, baseURL, "cuenta-es", "/account");
  const main = page.getByRole("main");
  await main.getByLabel("Nombre", { exact: true }).fill("Lucía Cuenta");
  await main.getByRole("button", { name: "Guardar nombre" }).click();
  await expect(main.getByText("Tu nombre se ha guardado.")).toBeVisible();

  await main.getByLabel("Contraseña actual").fill("no-es-la-contraseña-7");
  await main.getByLabel("Nueva contraseña").fill("orbital-basil-garden-17");
  await main.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(main.getByText("Tu contraseña actual no es correcta")).toBeVisible();

  await expect(main.getByLabel("Escribe tu correo electrónico para confirmar")).toBeVisible();
  await expect(main.getByRole("button", { name: "Eliminar cuenta" })).toBeVisible();

  // The welcome email's "add your earlier orders" page, for an account with no guest orders.
  await page.goto("/account/claim-orders");
  await expect(main.getByRole("heading", { level: 1, name: "Añade tus pedidos anteriores" })).toBeVisible();
  await expect(main.getByText("No quedan pedidos como invitado con tu correo electrónico por añadir; todos tus pedidos están en tu cuenta.")).toBeVisible();
  await context.close();
});

test("a product's review page is in Spanish and tells a shopper who has not bought it that only verified buyers review", async ({ page: english, browser, baseURL }) => {
  const product = await roomyProduct();
  const { context, page } = await spanishCustomerAt(english, browser, baseURL, "opinion-es", `/shop/${product.slug}/review`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: `Opinión sobre ${product.esName}` })).toBeVisible();
  await expect(main.getByRole("link", { name: `Volver a ${product.esName}` })).toBeVisible();
  await expect(main.getByText("Solo los compradores verificados pueden opinar sobre este producto: tiene que estar en uno de tus pedidos pagados.")).toBeVisible();
  await context.close();
});
