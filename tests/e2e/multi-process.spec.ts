import { expect, test, type Browser, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { uniqueEmail } from "./support/admin-session";
import { e2eDb } from "./support/db";
import { mainPort, startExtraServer, type ExtraServer } from "./support/extra-server";
import { addToCart, continueToPayment, fillCard, fillShipping, payAndConfirm } from "./support/shopper";

// A second standalone server of the same build on another port, sharing the e2e server's database
// file and environment: two processes of one shop, as behind a load balancer.
const main = `http://127.0.0.1:${mainPort}`;
let second: ExtraServer;

// Four shoppers in four browser contexts on two servers take a while on a small machine.
test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  second = await startExtraServer(mainPort + 10);
});

test.afterAll(async () => {
  await second?.stop();
});

/** A product no other spec is buying right now, with its stock set for this test. */
async function productWithStock(stock: number, offset: number) {
  const result = await e2eDb().execute({ sql: "select id, slug, name from products where visible = 1 order by id desc limit 1 offset ?", args: [offset] });
  const row = result.rows[0];
  await e2eDb().execute({ sql: "update products set stock = ? where id = ?", args: [stock, row.id] });
  return { id: Number(row.id), slug: String(row.slug), name: String(row.name) };
}

async function shopperOn(browser: Browser, baseURL: string) {
  const context = await browser.newContext();
  return { context, page: await context.newPage(), baseURL };
}

async function scalar(sql: string, args: (string | number)[]) {
  const result = await e2eDb().execute({ sql, args });
  return result.rows[0] ? Object.values(result.rows[0])[0] : undefined;
}

test("concurrent checkouts of the last units, split across both processes, never oversell", async ({ browser }) => {
  const product = await productWithStock(2, 0);
  const shoppers = [await shopperOn(browser, main), await shopperOn(browser, second.url), await shopperOn(browser, main), await shopperOn(browser, second.url)];
  try {
    for (const shopper of shoppers) {
      await addToCart(shopper.page, product.slug, 1, shopper.baseURL);
      await fillShipping(shopper.page, uniqueEmail("race"), shopper.baseURL);
    }

    // All four reserve at once: two get the card form, two are told it sold out before paying.
    const outcomes = await Promise.all(shoppers.map((shopper) => continueToPayment(shopper.page)));
    expect(outcomes.filter((outcome) => outcome === "payment")).toHaveLength(2);
    expect(outcomes.filter((outcome) => outcome === "sold_out")).toHaveLength(2);
    const losers = shoppers.filter((_, index) => outcomes[index] === "sold_out");
    for (const loser of losers) {
      await expect(loser.page.getByRole("main").getByText(`${product.name} is sold out`)).toBeVisible();
      await expect(loser.page.getByLabel("Card number")).toHaveCount(0);
    }

    const winners = shoppers.filter((_, index) => outcomes[index] === "payment");
    const paid = await Promise.all(winners.map((winner) => payAndConfirm(winner.page)));
    expect(new Set(paid.map((order) => order.orderId)).size).toBe(2);

    expect(await scalar("select stock from products where id = ?", [product.id])).toBe(0);
    const sold = await scalar(
      `select coalesce(sum(oi.quantity), 0) from order_items oi join orders o on o.id = oi.order_id
       where oi.product_id = ? and o.status in ('pending', 'paid')`,
      [product.id],
    );
    expect(sold).toBe(2);
  } finally {
    for (const shopper of shoppers) await shopper.context.close();
  }
});

function sign(payload: string, secret = "whsec_sandbox_local") {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

/**
 * Pays on the card form while the sandbox's webhook deliveries are held and the return page is
 * blocked, so the PaymentIntent succeeds at "Stripe" but neither process knows yet.
 */
async function payUnnoticed(page: Page) {
  await e2eDb().execute(
    `create trigger if not exists e2e_hold_deliveries after insert on stripe_sandbox_deliveries
     begin update stripe_sandbox_deliveries set next_attempt_at = 253402300799000 where id = new.id; end`,
  );
  try {
    await page.route("**/checkout/complete**", (route) => route.abort());
    await fillCard(page);
    const confirmed = page.waitForResponse((response) => /\/api\/stripe-sandbox\/payment_intents\/pi_[^/]+\/confirm$/.test(new URL(response.url()).pathname));
    await page.getByRole("button", { name: /^Pay/ }).click();
    const response = await confirmed;
    expect(response.ok()).toBe(true);
    return /payment_intents\/(pi_[^/]+)\/confirm/.exec(response.url())![1];
  } finally {
    await e2eDb().execute("drop trigger if exists e2e_hold_deliveries");
  }
}

test("the same signed webhook event delivered to both processes at once takes effect once", async ({ browser }) => {
  const product = await productWithStock(5, 1);
  const shopper = await shopperOn(browser, second.url);
  try {
    await addToCart(shopper.page, product.slug, 1, second.url);
    await fillShipping(shopper.page, uniqueEmail("webhook"), second.url);
    expect(await continueToPayment(shopper.page)).toBe("payment");
    const paymentIntentId = await payUnnoticed(shopper.page);

    const orderId = String(await scalar("select id from orders where payment_intent_id = ?", [paymentIntentId]));
    expect(await scalar("select status from orders where id = ?", [orderId])).toBe("pending");
    const event = (
      await e2eDb().execute({
        sql: `select id, data from stripe_sandbox_objects where object = 'event'
              and json_extract(data, '$.type') = 'payment_intent.succeeded' and json_extract(data, '$.data.object.id') = ?`,
        args: [paymentIntentId],
      })
    ).rows[0];
    const eventId = String(event.id);
    // This test delivers the event itself; the sandbox may send the others it held.
    await e2eDb().execute({ sql: "update stripe_sandbox_deliveries set status = 'delivered' where event_id = ?", args: [eventId] });
    await e2eDb().execute({ sql: "update stripe_sandbox_deliveries set next_attempt_at = ? where status = 'pending' and next_attempt_at > ?", args: [Date.now(), Date.now() + 86_400_000] });

    const payload = JSON.stringify(JSON.parse(String(event.data)), null, 2);
    const deliver = (baseURL: string) =>
      fetch(`${baseURL}/api/webhooks/stripe`, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": sign(payload) },
        body: payload,
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as { received: boolean; duplicate?: boolean } }));
    const answers = await Promise.all([deliver(main), deliver(second.url)]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.filter((answer) => answer.body.duplicate === true)).toHaveLength(1);
    const logged = await e2eDb().execute({ sql: "select status, attempts from webhook_events where id = ?", args: [eventId] });
    expect(logged.rows).toHaveLength(1);
    expect(logged.rows[0]).toMatchObject({ status: "processed", attempts: 2 });

    expect(await scalar("select status from orders where id = ?", [orderId])).toBe("paid");
    expect(await scalar("select count(*) from order_events where order_id = ? and type = 'paid'", [orderId])).toBe(1);
    expect(await scalar("select group_concat(distinct status) from stock_reservations where order_id = ?", [orderId])).toBe("committed");
    expect(await scalar("select stock from products where id = ?", [product.id])).toBe(4);
  } finally {
    await shopper.context.close();
  }
});
