import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { e2eDb } from "./support/db";

// Server actions are public endpoints: anyone can POST to them with any arguments, any body and
// any Origin. Whatever arrives, the answer is a 4xx or the action's own form error, never a 500.
// The action ids come from the build's manifest, so every action of the shop is driven.

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }> };
const distDir = process.env.NEXT_DIST_DIR || ".next";
const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;

/** A stack trace or a source path in an answer. */
const LEAK = /\n\s+at \S+ \(|node_modules|\/app\/|\.tsx?:\d+|webpack-internal/;

async function productSlug(): Promise<string> {
  const row = await e2eDb().execute("select slug from products limit 1");
  return String(row.rows[0].slug);
}

/** Every action, with a page that has it in its bundle (where its form is). */
async function actions(): Promise<{ id: string; name: string; path: string }[]> {
  const slug = await productSlug();
  return Object.entries(manifest.node).flatMap(([id, entry]) => {
    const page = Object.keys(entry.workers).find((worker) => worker.endsWith("/page"));
    if (!page) return [];
    const path =
      page
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .split("/")
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .map((segment) => (segment === "[slug]" ? slug : segment))
        .join("/") || "/";
    return [{ id, name: `${entry.exportedName ?? id} (${entry.filename ?? page})`, path }];
  });
}

function post(request: APIRequestContext, path: string, headers: Record<string, string>, data: string | Buffer) {
  return request.post(path, { headers, data, maxRedirects: 0, failOnStatusCode: false });
}

async function expectClientError(response: APIResponse, what: string, status?: number) {
  const body = await response.text();
  if (status) expect(response.status(), what).toBe(status);
  expect(response.status(), `${what}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(LEAK);
}

test("server actions from a foreign origin are refused with 403", async ({ request, baseURL }) => {
  const list = await actions();
  expect(list.length).toBeGreaterThan(10);
  for (const { id, name, path } of list) {
    for (const origin of ["https://evil.example", "null", "not a url"]) {
      const response = await post(request, path, { "next-action": id, origin, "content-type": "text/plain;charset=UTF-8" }, '["$undefined"]');
      await expectClientError(response, `${name} from ${origin}`, 403);
    }
  }
  // A form posted without JavaScript from another site is refused the same way.
  const form = await post(request, "/login", { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, "email=a%40b.c");
  await expectClientError(form, "a plain form from another site", 403);
  // The shop's own origin still gets through to the action.
  const own = await post(request, "/login", { "next-action": list[0].id, origin: new URL(baseURL!).origin, "content-type": "text/plain;charset=UTF-8" }, "[]");
  expect(own.status()).not.toBe(403);
});

test("a missing or malformed action id, and a body that is not React's reply format, get 400", async ({ request }) => {
  const [{ id, path }] = await actions();
  for (const bad of ["", "x", "zz".repeat(21), `${id}0`]) {
    await expectClientError(await post(request, path, { "next-action": bad, "content-type": "text/plain;charset=UTF-8" }, "[]"), `action id ${JSON.stringify(bad)}`, 400);
  }
  for (const body of ["{not json", "[\"$1\"]", "[\"$Q2\"]", "[\"$K1\"]", "[\"$@3\"]", "[\"$h0\"]", "\u0000", "[1,"]) {
    await expectClientError(await post(request, path, { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, body), `body ${JSON.stringify(body)}`, 400);
  }
  const boundary = "----fuzz";
  const noRoot = `--${boundary}\r\ncontent-disposition: form-data; name="1_email"\r\n\r\nx\r\n--${boundary}--\r\n`;
  const badRoot = `--${boundary}\r\ncontent-disposition: form-data; name="0"\r\n\r\n{oops\r\n--${boundary}--\r\n`;
  for (const [what, body] of [
    ["multipart without its root", noRoot],
    ["multipart with a broken root", badRoot],
    ["multipart that does not parse", "garbage"],
  ]) {
    await expectClientError(await post(request, path, { "next-action": id, "content-type": `multipart/form-data; boundary=${boundary}` }, body), what, 400);
  }
  await expectClientError(
    await post(request, path, { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, `["${"a".repeat(1_100_000)}"]`),
    "a body over 1 MB",
    413,
  );
});

test("every server action called with arguments that are not its form answers with a form error, not a 500", async ({ request }) => {
  for (const { id, name, path } of await actions()) {
    for (const args of ['["not a form","x"]', "[{},{}]", "[null,null]", "[]", '[1,2,3]', '["$undefined",{"productId":"1"}]', `["${"ü".repeat(2000)}", "\\u0000"]`]) {
      const response = await post(request, path, { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, args);
      await expectClientError(response, `${name} with ${args.slice(0, 40)}`);
    }
  }
});
