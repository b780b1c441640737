import type { LanguageModelV3CallOptions } from "@ai-sdk/provider";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chatThreads, products } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { LOCAL_MODEL_ID, LOCAL_MODEL_LABEL, LocalRecipeModel } from "@/lib/assistant/local-model";
import { freeUsesLeft } from "@/lib/quota";
import { handleAssistantRequest } from "@/lib/assistant";
import { threadMessages } from "@/lib/assistant/threads";
import { findRecipesOutput } from "@/lib/assistant/tools/schemas";
import { newCartId } from "@/lib/cart";
import { ask, askAndRead, createUser, failingModel, newVisitor, readReply, usesLeft } from "./assistant-helpers";

beforeAll(async () => {
  await seedCatalog();
});

/** The real local model, counting how often it is asked. */
class CountingModel extends LocalRecipeModel {
  calls = 0;
  override async doStream(options: LanguageModelV3CallOptions) {
    this.calls += 1;
    return super.doStream(options);
  }
}

const text = (value: string) => ({ message: { role: "user", parts: [{ type: "text", text: value }] } });

describe("bad requests", () => {
  it.each([
    ["not JSON", "{ nope"],
    ["no message", { threadId: "x" }],
    ["an empty question", text("   ")],
    ["an over-long question", text("a".repeat(2001))],
    ["a message from the assistant", { message: { role: "assistant", parts: [{ type: "text", text: "hi" }] } }],
    ["a file instead of text", { message: { role: "user", parts: [{ type: "file", url: "data:,x", mediaType: "text/plain" }] } }],
  ])("answers %s with 400 and a clear message", async (_, body) => {
    const response = await ask({ body });
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error).toBe("invalid_request");
    expect(json.message).toMatch(/\w+/);
    expect(JSON.stringify(json)).not.toMatch(/ZodError|at \w+ \(/);
  });

  it("accepts a question of exactly 2,000 characters", async () => {
    const response = await ask({ text: `${"chickpeas ".repeat(199)}chickpea` });
    expect(response.status).toBe(200);
    await readReply(response);
  });
});

describe("only this site's own pages may ask", () => {
  async function post(headers: Record<string, string>) {
    const visitor = newVisitor();
    const request = new Request("http://shop.example/api/assistant", {
      method: "POST",
      headers: { host: "shop.example", ...headers },
      body: JSON.stringify(text("Vegan ideas with chickpeas?")),
    });
    const response = await handleAssistantRequest({ request, user: null, ...visitor, userAgent: "Vitest Browser/1.0", cartId: async () => newCartId() });
    return { response, left: await usesLeft(visitor) };
  }

  it("refuses a cross-site text/plain POST (sent by a browser without preflight) with 415, taking no free use", async () => {
    const { response, left } = await post({ "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(415);
    expect(left).toBe(3);
  });

  it("refuses JSON from another site with 403, taking no free use", async () => {
    const { response, left } = await post({ "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(/own pages/);
    expect(left).toBe(3);
  });

  it("refuses a foreign Origin even without Sec-Fetch-Site", async () => {
    const { response, left } = await post({ "content-type": "application/json", origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(left).toBe(3);
  });

  it("answers same-origin JSON", async () => {
    const { response, left } = await post({ "content-type": "application/json", origin: "http://shop.example", "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(200);
    await readReply(response);
    expect(left).toBe(2);
  });
});

describe("conversations", () => {
  it("404s a thread that does not exist, without taking a free use", async () => {
    const visitor = newVisitor();
    const response = await ask({ text: "Hello", threadId: crypto.randomUUID(), ...visitor });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "thread_not_found" });
    expect(await usesLeft(visitor)).toBe(3);
  });

  it("404s another person's thread, whether they are a guest or signed in", async () => {
    const guest = await ask({ text: "Hello", deviceId: crypto.randomUUID() });
    const guestThread = guest.headers.get("X-Thread-Id") ?? "";
    await readReply(guest);
    const owner = await createUser();
    const mine = await ask({ text: "Hello", user: owner });
    const userThread = mine.headers.get("X-Thread-Id") ?? "";
    await readReply(mine);

    expect((await ask({ text: "Hi", threadId: guestThread, deviceId: crypto.randomUUID() })).status).toBe(404);
    expect((await ask({ text: "Hi", threadId: userThread, user: await createUser() })).status).toBe(404);
    expect((await ask({ text: "Hi", threadId: userThread, user: null })).status).toBe(404);
  });

  it("saves the question and the whole reply, tool results included, and continues the thread", async () => {
    const user = await createUser();
    const first = await ask({ text: "What can I cook with chickpeas?", user });
    const threadId = first.headers.get("X-Thread-Id") ?? "";
    await readReply(first);
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));

    const [thread] = await getDb().select().from(chatThreads).where(eq(chatThreads.id, threadId));
    expect(thread).toMatchObject({ userId: user.id, title: "What can I cook with chickpeas?" });
    const [question, answer] = await threadMessages(threadId);
    expect(question.parts).toEqual([{ type: "text", text: "What can I cook with chickpeas?" }]);
    expect(answer.metadata).toEqual({ model: LOCAL_MODEL_LABEL });
    expect(answer.parts.some((part) => part.type === "tool-findRecipes" && part.state === "output-available")).toBe(true);
    expect(answer.parts.some((part) => part.type === "text" && part.text.includes("Chickpea"))).toBe(true);

    const second = await ask({ text: "How much is shipping?", user, threadId });
    expect(second.headers.get("X-Thread-Id")).toBe(threadId);
    await readReply(second);
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(4));
  });

  it("finishes and saves the reply even when the browser disconnects mid-stream", async () => {
    const model = new CountingModel({ chunkDelayMs: 5 });
    const response = await ask({ text: "Any breakfast ideas for two?", model: { model, label: LOCAL_MODEL_LABEL, cacheId: `${LOCAL_MODEL_ID}-disconnect` } });
    const threadId = response.headers.get("X-Thread-Id") ?? "";
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    await vi.waitFor(async () => {
      const messages = await threadMessages(threadId);
      expect(messages).toHaveLength(2);
      const reply = messages[1].parts.filter((part) => part.type === "text").map((part) => part.text).join("");
      expect(reply).toContain("Press \"Add ingredients to cart\"");
    }, { timeout: 10_000 });
  });

  it("gives the free use back, and leaves no half-asked question, when the model call fails", async () => {
    const visitor = newVisitor();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { response, threadId, reply } = await askAndRead({ text: "What can I cook with chickpeas?", ...visitor, model: failingModel("upstream exploded with secret details") });
      expect(response.status).toBe(200);
      expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
      expect(reply.errors.join(" ")).not.toContain("secret details");
      await vi.waitFor(async () => expect(await usesLeft(visitor)).toBe(3));
      await vi.waitFor(async () => expect(await getDb().select().from(chatThreads).where(eq(chatThreads.id, threadId))).toEqual([]));
    } finally {
      errors.mockRestore();
    }
  });
});

describe("the answer cache", () => {
  it("answers an identical first question from the cache, without asking the model, while stock is unchanged", async () => {
    const model = new CountingModel({ chunkDelayMs: 0 });
    const choice = { model, label: LOCAL_MODEL_LABEL, cacheId: `${LOCAL_MODEL_ID}-cache-test` };
    const question = "What vegan desserts can I make?";

    const { threadId: firstThread, reply: first } = await askAndRead({ text: question, model: choice });
    const callsForFirst = model.calls;
    expect(callsForFirst).toBeGreaterThan(0);
    expect(first.cached).toBeUndefined();
    // The answer is cached before it is saved to its thread, so a saved reply means a cache entry.
    await vi.waitFor(async () => expect(await threadMessages(firstThread)).toHaveLength(2));

    const { response: againResponse, threadId, reply: again } = await askAndRead({ text: "  what VEGAN desserts can I make ", model: choice, ...newVisitor() });
    expect(model.calls).toBe(callsForFirst);
    expect(again.cached).toBe(true);
    expect(again.model).toBe(LOCAL_MODEL_LABEL);
    expect(again.text).toBe(first.text);
    expect(again.tools.get("findRecipes")).toEqual(first.tools.get("findRecipes"));
    // A cached answer is still an answer: it takes a free use and is saved in its thread.
    expect(againResponse.headers.get("X-Free-Uses-Left")).toBe("2");
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));

    // A product the answer used changes stock: the next asker gets a fresh answer.
    const [used] = findRecipesOutput.parse(first.tools.get("findRecipes")?.[0]).recipes[0].ingredients;
    await getDb().update(products).set({ stock: used.product.stock + 1 }).where(eq(products.id, used.product.id));
    try {
      const afterStockChange = await readReply(await ask({ text: question, model: choice }));
      expect(afterStockChange.cached).toBeUndefined();
      expect(model.calls).toBeGreaterThan(callsForFirst);
    } finally {
      await getDb().update(products).set({ stock: used.product.stock }).where(eq(products.id, used.product.id));
    }
  });

  it("is keyed on the products an answer used: an unrelated stock change keeps it, a change to one it used does not", async () => {
    const model = new CountingModel({ chunkDelayMs: 0 });
    const choice = { model, label: LOCAL_MODEL_LABEL, cacheId: `${LOCAL_MODEL_ID}-grounding-test` };
    const question = "Any quick breakfast ideas for two?";
    const { threadId, reply: first } = await askAndRead({ text: question, model: choice });
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));
    const calls = model.calls;
    const used = JSON.stringify([...first.tools.values()]);
    const all = await getDb().select({ slug: products.slug, stock: products.stock }).from(products);
    const unrelated = all.find((product) => !used.includes(`"${product.slug}"`) && product.stock > 1);
    const related = all.find((product) => used.includes(`"slug":"${product.slug}"`) && product.stock > 1);
    if (!unrelated || !related) throw new Error("the seeded catalogue has products on both sides of the answer");

    await getDb().update(products).set({ stock: unrelated.stock - 1 }).where(eq(products.slug, unrelated.slug));
    try {
      const afterUnrelated = await readReply(await ask({ text: question, model: choice, ...newVisitor() }));
      expect(afterUnrelated.cached).toBe(true);
      expect(afterUnrelated.text).toBe(first.text);
      expect(model.calls).toBe(calls);

      await getDb().update(products).set({ stock: related.stock - 1 }).where(eq(products.slug, related.slug));
      const afterRelated = await readReply(await ask({ text: question, model: choice, ...newVisitor() }));
      expect(afterRelated.cached).toBeUndefined();
      expect(model.calls).toBeGreaterThan(calls);
    } finally {
      await getDb().update(products).set({ stock: unrelated.stock }).where(eq(products.slug, unrelated.slug));
      await getDb().update(products).set({ stock: related.stock }).where(eq(products.slug, related.slug));
    }
  });

  it("never caches an answer that changed a cart", async () => {
    const model = new CountingModel({ chunkDelayMs: 0 });
    const choice = { model, label: LOCAL_MODEL_LABEL, cacheId: `${LOCAL_MODEL_ID}-cart-test` };
    const question = "Add the ingredients for the dal to my cart";
    const { threadId, reply: first } = await askAndRead({ text: question, model: choice });
    expect(first.text).toContain("I've added the ingredients for **Weeknight Red Lentil Dal**");
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));
    const calls = model.calls;

    const again = await readReply(await ask({ text: question, model: choice }));
    expect(again.cached).toBeUndefined();
    expect(model.calls).toBeGreaterThan(calls);
  });
});
