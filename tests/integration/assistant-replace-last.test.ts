import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedCatalog } from "@/db/seed";
import { threadMessages } from "@/lib/assistant/threads";
import { ask, askAndRead, createUser, failingModel, newVisitor, readReply, usesLeft } from "./assistant-helpers";

// Regenerate and edit-and-resend replace the thread's last question and its answer. Each is a new
// question for the quota: it takes a free use like any other, and gives it back if it fails.

beforeAll(async () => {
  await seedCatalog();
});

const replacing = (threadId: string, value: string) => ({ threadId, replaceLast: true, message: { role: "user", parts: [{ type: "text", text: value }] } });

function texts(messages: Awaited<ReturnType<typeof threadMessages>>) {
  return messages.map((message) => `${message.role}: ${message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("").slice(0, 40)}`);
}

describe("replacing the last question", () => {
  it("regenerates the last answer in place and counts it as a question", async () => {
    const visitor = newVisitor();
    const { threadId } = await askAndRead({ text: "How much is shipping?", ...visitor });
    const second = await ask({ text: "What is your returns policy?", threadId, ...visitor });
    await readReply(second);
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(4));
    expect(await usesLeft(visitor)).toBe(1);

    const again = await ask({ body: replacing(threadId, "What is your returns policy?"), ...visitor });
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
    expect(await usesLeft(visitor)).toBe(0);

    // Out of free uses, a regenerate is refused like a question, and the thread is untouched.
    const refused = await ask({ body: replacing(threadId, "What is your returns policy?"), ...visitor });
    expect(refused.status).toBe(402);
    expect(await threadMessages(threadId)).toHaveLength(4);
  });

  it("edits and resends the last question: the old question and answer are gone, the model sees only the new one", async () => {
    const user = await createUser();
    const { threadId } = await askAndRead({ text: "How much is shipping?", user });
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
    const visitor = newVisitor();
    const { threadId } = await askAndRead({ text: "How much is shipping?", ...visitor });
    await vi.waitFor(async () => expect(await threadMessages(threadId)).toHaveLength(2));
    const before = texts(await threadMessages(threadId));

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failed = await ask({ body: replacing(threadId, "Returns?"), ...visitor, model: failingModel("upstream down") });
      const reply = await readReply(failed);
      expect(reply.errors).toEqual([expect.stringContaining("not counted")]);
    } finally {
      errors.mockRestore();
    }
    await vi.waitFor(async () => expect(await usesLeft(visitor)).toBe(2));
    await vi.waitFor(async () => expect(texts(await threadMessages(threadId))).toEqual(before));
  });

  it("answers 400 with a clear message when there is nothing to replace, taking no free use", async () => {
    const visitor = newVisitor();
    const response = await ask({ body: { replaceLast: true, message: { role: "user", parts: [{ type: "text", text: "Hi" }] } }, ...visitor });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request", message: expect.stringMatching(/replace/i) });
    const wrongType = await ask({ body: { threadId: "x", replaceLast: "yes", message: { role: "user", parts: [{ type: "text", text: "Hi" }] } }, ...visitor });
    expect(wrongType.status).toBe(400);
    expect(await usesLeft(visitor)).toBe(3);
  });
});
