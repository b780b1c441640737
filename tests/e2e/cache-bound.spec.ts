import { expect, test } from "@playwright/test";
import { join } from "node:path";
import { bytesUnder } from "../support/disk";

// The standalone server the suite runs keeps its cache inside the standalone folder.
const distDir = process.env.NEXT_DIST_DIR || ".next";
const serverCache = join(distDir, "standalone", distDir);

test("an unknown category or tag, a page past the last and a made-up slug answer without a 500 and without writing the disk", async ({ request, page }) => {
  // 300 first renders (each search is a new cached view) take a while on a busy 2-core machine.
  test.setTimeout(180_000);
  const before = bytesUnder(serverCache);
  const random = () => Math.random().toString(36).slice(2, 10);
  const addresses = Array.from({ length: 60 }, () => [
    `/shop?category=${random()}`,
    `/shop?tag=${random()}&sort=price-asc`,
    `/shop?category=pantry&page=${900 + Math.floor(Math.random() * 99)}`,
    `/shop/${random()}-${random()}`,
    `/shop?q=${random()}`,
  ]).flat();
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBeLessThan(500);
  }
  const written = bytesUnder(serverCache) - before;
  test.info().annotations.push({ type: "disk written by 300 requests", description: `${written} bytes` });
  // 300 requests; a single cached page is about 40–180 KB.
  expect(written).toBeLessThan(100_000);

  // The shopper still lands somewhere sensible: the unknown filter is dropped.
  await page.goto(`/shop?category=${random()}&tag=vegan`);
  await expect(page).toHaveURL(/\/shop\?tag=vegan$/);
  await expect(page.getByRole("heading", { level: 1, name: "All products" })).toBeVisible();
  await page.goto("/shop?category=pantry&page=999");
  await expect(page).toHaveURL(/\/shop\?category=pantry(&page=\d)?$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pantry" })).toBeVisible();
});
