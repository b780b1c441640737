import type { LanguageModelV3 } from "@ai-sdk/provider";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedCatalog } from "@/db/seed";
import { threadMessages } from "@/lib/assistant/threads";
import { freeUsesLeft } from "@/lib/quota";
import { ask, createUser, freshIp, readReply } from "./assistant-helpers";

// Regenerate and edit-and-resend replace the thread's last question and its answer. Each is a new
// question for the quota: it takes a free use like any other, and gives it back if it fails.

beforeAll(async () => {
  await seedCatalog();
});

const replacing = (threadId: string, value: string) => ({ threadId, replaceLast: true, message: { role: "user", parts: [{ type: "text", text: value }] } });

const failingModel: LanguageModelV3 = {
  specificationVersion: "v3",
  provider: "test",
  modelId: "broken",
  supportedUrls: {},
  doGenerate: () => Promise.reject(new Error("upstream down")),
  doStream: () => Promise.reject(new Error("upstream down")),
};

function texts(messages: Awaited<ReturnType<typeof threadMessages>>) {
  return messages.map((message) => `${message.role}: ${message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("").slice(0, 40)}`);
}

describe("replacing the last question", () => {
  it("regenerates the last answer in place and counts it as a question", async () => {
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    const first = await ask({ text: "How much is shipping?", deviceId, ip });
    const threadId = first.headers.get("X-Thread-Id") ?? "";
    await readReply(first);
    const second = await ask({ text: "What is your returns policy?", threadId, deviceId, ip });
    await readReply(second);
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(4));
    expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(1);

    const again = await ask({ body: replacing(threadId, "What is your returns policy?"), deviceId, ip });
    expect(again.status).toBe(200);
    expect(again.headers.get("X-Free-Uses-Left")).toBe("0");
    const reply = await readReply(again);
    expect(reply.text).toMatch(/return/i);
    await vi.waitFor(async () => {
      const messages = await threadMessages(threadId);
      expect(messages).toHaveLength(4);
      expect(messages.filter((message) => message.role === "user").map((message) => message.parts)).toEqual([
        [{ type: "text", text: "How much is shipping?" }],
        [{ type: "text", text: "What is your returns policy?" }],
      ]);
    });
    expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(0);

    // Out of free uses, a regenerate is refused like a question, and the thread is untouched.
    const refused = await ask({ body: replacing(threadId, "What is your returns policy?"), deviceId, ip });
    expect(refused.status).toBe(402);
    expect(await threadMessages(threadId)).toHaveLength(4);
  });

  it("edits and resends the last question: the old question and answer are gone, the model sees only the new one", async () => {
    const user = await createUser();
    const first = await ask({ text: "How much is shipping?", user });
    const threadId = first.headers.get("X-Thread-Id") ?? "";
    await readReply(first);
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));

    const edited = await ask({ body: replacing(threadId, "What is your returns policy?"), user });
    const reply = await readReply(edited);
    expect(reply.text).toMatch(/return/i);
    await vi.waitFor(async () => {
      const messages = await threadMessages(threadId);
      expect(texts(messages)).toEqual([expect.stringMatching(/^user: What is your returns policy\?/), expect.stringMatching(/^assistant: /)]);
    });
  });

  it("keeps the old question and answer, and gives the use back, when the new answer fails", async () => {
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    const first = await ask({ text: "How much is shipping?", deviceId, ip });
    const threadId = first.headers.get("X-Thread-Id") ?? "";
    await readReply(first);
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));
    const before = texts(await threadMessages(threadId));

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failed = await ask({ body: replacing(threadId, "Returns?"), deviceId, ip, model: { model: failingModel, label: "broken", cacheId: "broken" } });
      const reply = await readReply(failed);
      expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    } finally {
      errors.mockRestore();
    }
    await vi.waitFor(async () => expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(2));
    await vi.waitFor(async () => expect(texts(await threadMessages(threadId))).toEqual(before));
  });

  it("answers 400 with a clear message when there is nothing to replace, taking no free use", async () => {
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    const response = await ask({ body: { replaceLast: true, message: { role: "user", parts: [{ type: "text", text: "Hi" }] } }, deviceId, ip });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request", message: expect.stringMatching(/replace/i) });
    const wrongType = await ask({ body: { threadId: "x", replaceLast: "yes", message: { role: "user", parts: [{ type: "text", text: "Hi" }] } }, deviceId, ip });
    expect(wrongType.status).toBe(400);
    expect(await freeUsesLeft({ deviceId, ip, userAgent: "Vitest Browser/1.0" })).toBe(3);
  });
});
