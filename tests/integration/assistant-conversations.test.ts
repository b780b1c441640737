import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { chatMessages, chatThreads } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { deleteConversation, renameConversation } from "@/app/(store)/assistant/actions";
import { DEVICE_COOKIE } from "@/lib/device/cookie";
import { ask, createUser, readReply } from "./assistant-helpers";

// The browser as the server actions see it: its session, its device cookie, its address.
const browser = vi.hoisted(() => ({ user: null as { id: string } | null, deviceId: null as string | null }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "be_device" && browser.deviceId ? { name, value: browser.deviceId } : undefined),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers({ "user-agent": "Vitest Browser/1.0" }),
}));
vi.mock("@/lib/auth", () => ({ currentUser: async () => browser.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

beforeAll(async () => {
  await seedCatalog();
  expect(DEVICE_COOKIE).toBe("be_device");
});

beforeEach(() => {
  browser.user = null;
  browser.deviceId = null;
});

async function conversationOf(who: { user?: { id: string }; deviceId?: string }) {
  const response = await ask({ text: "How much is shipping?", user: who.user ?? null, deviceId: who.deviceId ?? null });
  const threadId = response.headers.get("X-Thread-Id") ?? "";
  await readReply(response);
  await vi.waitFor(async () => expect(await getDb().select().from(chatMessages).where(eq(chatMessages.threadId, threadId))).toHaveLength(2));
  return threadId;
}

const thread = async (id: string) => (await getDb().select().from(chatThreads).where(eq(chatThreads.id, id)))[0];

describe("renaming a conversation", () => {
  it("renames the signed-in owner's conversation, trimmed", async () => {
    const owner = await createUser();
    const id = await conversationOf({ user: owner });
    browser.user = owner;
    expect(await renameConversation({ threadId: id, title: "  Weeknight   shipping  " })).toEqual({ status: "ok", title: "Weeknight shipping" });
    expect((await thread(id)).title).toBe("Weeknight shipping");
  });

  it("renames a guest's conversation from the same device only", async () => {
    const deviceId = crypto.randomUUID();
    const id = await conversationOf({ deviceId });
    browser.deviceId = crypto.randomUUID();
    expect(await renameConversation({ threadId: id, title: "Mine now" })).toMatchObject({ status: "error", message: expect.stringMatching(/could not be found/) });
    browser.deviceId = deviceId;
    expect(await renameConversation({ threadId: id, title: "Guest list" })).toMatchObject({ status: "ok" });
    expect((await thread(id)).title).toBe("Guest list");
  });

  it("refuses another user's conversation, and a signed-in user cannot take a guest's", async () => {
    const owner = await createUser();
    const id = await conversationOf({ user: owner });
    browser.user = await createUser();
    expect(await renameConversation({ threadId: id, title: "Stolen" })).toMatchObject({ status: "error" });
    const deviceId = crypto.randomUUID();
    const guestThread = await conversationOf({ deviceId });
    browser.deviceId = deviceId;
    expect(await renameConversation({ threadId: guestThread, title: "Stolen" })).toMatchObject({ status: "error" });
    expect((await thread(id)).title).toBe("How much is shipping?");
    expect((await thread(guestThread)).title).toBe("How much is shipping?");
  });

  it.each([
    ["an empty name", { threadId: "x", title: "   " }, /name/],
    ["a name that is too long", { threadId: "x", title: "a".repeat(81) }, /at most 80/],
    ["no conversation", { title: "Hi" }, /conversation/],
    ["a number for a name", { threadId: "x", title: 42 }, /name/],
    ["nothing at all", null, /\w+/],
    ["a string instead of an object", "rename", /\w+/],
  ])("answers %s with a clear message", async (_, input, message) => {
    browser.user = await createUser();
    const result = await renameConversation(input);
    expect(result).toMatchObject({ status: "invalid", message: expect.stringMatching(message) });
    expect(JSON.stringify(result)).not.toMatch(/ZodError|invalid_type|at \w+ \(/);
  });
});

describe("deleting a conversation", () => {
  it("deletes the owner's conversation with its messages", async () => {
    const owner = await createUser();
    const id = await conversationOf({ user: owner });
    browser.user = owner;
    expect(await deleteConversation({ threadId: id })).toEqual({ status: "ok" });
    expect(await thread(id)).toBeUndefined();
    expect(await getDb().select().from(chatMessages).where(eq(chatMessages.threadId, id))).toEqual([]);
  });

  it("refuses someone else's conversation and leaves it whole", async () => {
    const owner = await createUser();
    const id = await conversationOf({ user: owner });
    browser.user = await createUser();
    expect(await deleteConversation({ threadId: id })).toMatchObject({ status: "error", message: expect.stringMatching(/could not be found/) });
    browser.user = null;
    browser.deviceId = crypto.randomUUID();
    expect(await deleteConversation({ threadId: id })).toMatchObject({ status: "error" });
    expect(await thread(id)).toBeDefined();
    expect(await getDb().select().from(chatMessages).where(eq(chatMessages.threadId, id))).toHaveLength(2);
  });

  it.each([
    ["no conversation", {}],
    ["an over-long id", { threadId: "x".repeat(101) }],
    ["a list of ids", { threadId: ["a", "b"] }],
  ])("answers %s with a clear message", async (_, input) => {
    browser.user = await createUser();
    expect(await deleteConversation(input)).toMatchObject({ status: "invalid", message: expect.stringMatching(/conversation/) });
  });
});
