import { describe, expect, it } from "vitest";
import { refuseMalformedActionRequest } from "@/lib/security/server-action-request";

const ID = "7f".repeat(21);

function actionPost(init: { id?: string | null; origin?: string; contentType?: string; body?: string; path?: string } = {}) {
  const headers = new Headers({ host: "shop.test", "content-type": init.contentType ?? "text/plain;charset=UTF-8" });
  if (init.id !== null) headers.set("next-action", init.id ?? ID);
  if (init.origin) headers.set("origin", init.origin);
  return new Request(`http://shop.test${init.path ?? "/cart"}`, { method: "POST", headers, body: init.body ?? "[]" });
}

async function statusOf(request: Request) {
  return (await refuseMalformedActionRequest(request))?.status ?? "passed";
}

describe("the server-action envelope middleware checks", () => {
  it("lets the shop's own action calls through", async () => {
    expect(await statusOf(actionPost({ origin: "http://shop.test", body: '[{"status":"idle"},"$undefined","$$dollars",["$D2024-01-01T00:00:00.000Z","$n12"]]' }))).toBe("passed");
    const form = new FormData();
    form.set("0", '[{"status":"idle"},"$K1"]');
    form.set("1_email", "a@b.c");
    expect(await statusOf(new Request("http://shop.test/login", { method: "POST", headers: { host: "shop.test", "next-action": ID }, body: form }))).toBe("passed");
  });

  it("refuses a foreign, opaque or unreadable Origin with 403, for actions and plain form posts", async () => {
    for (const origin of ["https://evil.example", "null", "::nonsense", "http://shop.test.evil.example"]) {
      expect(await statusOf(actionPost({ origin })), origin).toBe(403);
      expect(await statusOf(actionPost({ origin, id: null, contentType: "application/x-www-form-urlencoded", body: "a=1" })), origin).toBe(403);
    }
  });

  it("refuses a missing or malformed action id and a body React cannot decode with 400", async () => {
    for (const id of ["", "abc", "zz".repeat(21)]) expect(await statusOf(actionPost({ id })), id).toBe(400);
    for (const body of ["{oops", '["$1"]', '{"a":["$Q3"]}', '"$@0"', ""]) expect(await statusOf(actionPost({ body })), body).toBe(400);
    expect(await statusOf(actionPost({ contentType: "multipart/form-data; boundary=x", body: "garbage" }))).toBe(400);
    expect(await statusOf(actionPost({ body: `["${"a".repeat(1024 * 1024)}"]` }))).toBe(413);
  });

  it("leaves route handlers and other requests alone", async () => {
    expect(await statusOf(actionPost({ path: "/api/assistant", origin: "https://evil.example" }))).toBe("passed");
    expect(await statusOf(actionPost({ id: null, contentType: "application/json", origin: "https://evil.example" }))).toBe("passed");
    expect(await statusOf(new Request("http://shop.test/cart", { headers: { "next-action": "x" } }))).toBe("passed");
  });
});
