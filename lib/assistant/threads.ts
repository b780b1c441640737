import "server-only";
import { safeValidateUIMessages } from "ai";
import { and, asc, desc, eq, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { chatMessages, chatThreads, type ChatThread } from "@/db/schema";
import { assistantMetadataSchema, type AssistantUIMessage } from "./messages";
import { toolShapes } from "./tools/schemas";
import { refundFreeUse } from "@/lib/quota";
import { AppError } from "@/lib/http/errors";
import { count } from "@/lib/observability/tracing";

/** Conversations belong to a signed-in user, or to a guest's device fingerprint. */
export type ThreadOwner = { userId: string } | { fingerprint: string };

export type ThreadSummary = { id: string; title: string; updatedAt: Date };

type MessageStatus = (typeof chatMessages.$inferSelect)["status"];

export type Turn = {
  threadId: string;
  userMessageId: string;
  isNewThread: boolean;
  text: string;
  /** The question and answer this turn replaces (regenerate, edit and resend), with their old status. */
  replaced?: { id: string; status: MessageStatus }[];
};

/** Messages hidden while a regenerated or edited question is being answered. */
const shown = or(isNull(chatMessages.status), ne(chatMessages.status, "replaced"));

const TITLE_CHARS = 60;

function ownedBy(owner: ThreadOwner) {
  return "userId" in owner
    ? eq(chatThreads.userId, owner.userId)
    : and(isNull(chatThreads.userId), eq(chatThreads.fingerprint, owner.fingerprint));
}

export function threadTitle(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= TITLE_CHARS ? line : `${line.slice(0, TITLE_CHARS - 1).trimEnd()}…`;
}

/** The thread, only if it belongs to `owner`: another owner's thread is as unknown as a missing one. */
export async function findThread(id: string, owner: ThreadOwner): Promise<ChatThread | undefined> {
  const [thread] = await db
    .select()
    .from(chatThreads)
    .where(and(eq(chatThreads.id, id), ownedBy(owner)));
  return thread;
}

export async function listThreads(owner: ThreadOwner, limit = 30): Promise<ThreadSummary[]> {
  return db
    .select({ id: chatThreads.id, title: chatThreads.title, updatedAt: chatThreads.updatedAt })
    .from(chatThreads)
    .where(ownedBy(owner))
    .orderBy(desc(chatThreads.updatedAt), desc(sql`rowid`))
    .limit(limit);
}

/** Renames the owner's thread; false when it is not theirs (or does not exist). */
export async function renameThread(id: string, owner: ThreadOwner, title: string): Promise<boolean> {
  const renamed = await db
    .update(chatThreads)
    .set({ title })
    .where(and(eq(chatThreads.id, id), ownedBy(owner)))
    .returning({ id: chatThreads.id });
  return renamed.length > 0;
}

/** Deletes the owner's thread and its messages; false when it is not theirs (or does not exist). */
export async function deleteThread(id: string, owner: ThreadOwner): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [thread] = await tx
      .select({ id: chatThreads.id })
      .from(chatThreads)
      .where(and(eq(chatThreads.id, id), ownedBy(owner)));
    if (!thread) return false;
    await tx.delete(chatMessages).where(eq(chatMessages.threadId, id));
    await tx.delete(chatThreads).where(eq(chatThreads.id, id));
    return true;
  });
}

/** The thread's most recent messages, oldest first, each checked against the tools' schemas. */
export async function threadMessages(threadId: string, limit = 100): Promise<AssistantUIMessage[]> {
  const rows = await db
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.threadId, threadId), shown))
    .orderBy(desc(chatMessages.createdAt), desc(sql`rowid`))
    .limit(limit);
  const candidates = rows.reverse().map((row) => ({
    id: row.id,
    role: row.role,
    parts: row.parts,
    metadata: { ...(row.model ? { model: row.model } : {}), ...(row.status === "stopped" || row.status === "interrupted" ? { status: row.status } : {}) },
  }));
  const validated: AssistantUIMessage[] = [];
  // One at a time, so a message stored by an older version of a tool does not hide the rest.
  for (const candidate of candidates) {
    const result = await safeValidateUIMessages<AssistantUIMessage>({ messages: [candidate], metadataSchema: assistantMetadataSchema, tools: toolShapes });
    if (result.success) validated.push(...result.data);
  }
  return validated;
}

/** Records the question (and the thread, when it is a new one) before any model is asked. */
export async function startTurn({
  thread,
  owner,
  text,
  refundSubjects,
  replaceLast = false,
}: {
  thread?: ChatThread;
  owner: ThreadOwner;
  text: string;
  /** The free-use subjects this question was charged to, kept until it is answered. */
  refundSubjects?: string[];
  /** Regenerate or edit: hide the thread's last question and what followed it until this one is answered. */
  replaceLast?: boolean;
}): Promise<Turn> {
  const threadId = thread?.id ?? crypto.randomUUID();
  const userMessageId = crypto.randomUUID();
  let replaced: Turn["replaced"];
  await db.transaction(async (tx) => {
    if (replaceLast && thread) {
      const rows = await tx
        .select({ id: chatMessages.id, role: chatMessages.role, status: chatMessages.status })
        .from(chatMessages)
        .where(and(eq(chatMessages.threadId, threadId), shown))
        .orderBy(asc(chatMessages.createdAt), asc(sql`rowid`));
      const lastQuestion = rows.findLastIndex((row) => row.role === "user");
      if (lastQuestion < 0) throw new AppError("invalid_request", 400, "This conversation has no question to replace yet.");
      if (rows[lastQuestion].status === "pending") throw new AppError("answer_in_progress", 409, "The last question is still being answered. Wait for it, or press Stop, then try again.");
      replaced = rows.slice(lastQuestion).map(({ id, status }) => ({ id, status }));
      await tx.update(chatMessages).set({ status: "replaced" }).where(inArray(chatMessages.id, replaced.map((row) => row.id)));
    }
    if (!thread) {
      await tx.insert(chatThreads).values({
        id: threadId,
        userId: "userId" in owner ? owner.userId : null,
        fingerprint: "fingerprint" in owner ? owner.fingerprint : null,
        title: threadTitle(text),
      });
    } else {
      await tx.update(chatThreads).set({ updatedAt: new Date() }).where(eq(chatThreads.id, threadId));
    }
    await tx
      .insert(chatMessages)
      .values({ id: userMessageId, threadId, role: "user", parts: [{ type: "text", text }], status: "pending", refundSubjects: refundSubjects ?? null });
  });
  return { threadId, userMessageId, isNewThread: !thread, text, replaced };
}

export type ReplyStatus = "stopped" | "interrupted";

export async function saveReply(turn: Turn, message: AssistantUIMessage, model: string, status?: ReplyStatus): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(chatMessages)
      .values({ id: message.id || crypto.randomUUID(), threadId: turn.threadId, role: "assistant", parts: message.parts, model, status: status ?? null, createdAt: new Date() })
      .onConflictDoNothing();
    await tx.update(chatMessages).set({ status: null, refundSubjects: null }).where(eq(chatMessages.id, turn.userMessageId));
    if (turn.replaced?.length) await tx.delete(chatMessages).where(inArray(chatMessages.id, turn.replaced.map((row) => row.id)));
    await tx.update(chatThreads).set({ updatedAt: new Date() }).where(eq(chatThreads.id, turn.threadId));
  });
  count("assistantAnswers", { "gen_ai.request.model": model, status: status ?? "complete" });
}

/** Takes a question back out when no answer could be given, so the thread reads as before. */
export async function undoTurn(turn: Turn): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(chatMessages).where(eq(chatMessages.id, turn.userMessageId));
    for (const row of turn.replaced ?? []) await tx.update(chatMessages).set({ status: row.status }).where(eq(chatMessages.id, row.id));
    if (turn.isNewThread) await tx.delete(chatThreads).where(eq(chatThreads.id, turn.threadId));
  });
}


export const INTERRUPTED_TEXT = "This answer was interrupted before it could finish, so the question was not counted. Please ask again.";

/**
 * Questions left "pending" by a server that died mid-answer (kill -9, out of memory): each gets an
 * "interrupted" reply so the thread does not end on an unanswered question, and its free use back.
 * Only questions older than `before` are touched, so answers still streaming elsewhere are left alone.
 */
export async function repairInterruptedTurns(before: Date): Promise<number> {
  const pending = await db
    .select({ id: chatMessages.id, threadId: chatMessages.threadId, refundSubjects: chatMessages.refundSubjects })
    .from(chatMessages)
    .where(and(eq(chatMessages.status, "pending"), lt(chatMessages.createdAt, before)));
  for (const question of pending) {
    await db.transaction(async (tx) => {
      // Claim the question first: of two servers repairing at once, only one gives the use back.
      const claimed = await tx
        .update(chatMessages)
        .set({ status: null, refundSubjects: null })
        .where(and(eq(chatMessages.id, question.id), eq(chatMessages.status, "pending")))
        .returning({ id: chatMessages.id });
      if (claimed.length === 0) return;
      await tx.insert(chatMessages).values({
        id: crypto.randomUUID(),
        threadId: question.threadId,
        role: "assistant",
        parts: [{ type: "text", text: INTERRUPTED_TEXT }],
        status: "interrupted",
        createdAt: new Date(),
      });
      // A regenerate or edit that died mid-answer: the new question stays, so the one it replaced goes.
      await tx.delete(chatMessages).where(and(eq(chatMessages.threadId, question.threadId), eq(chatMessages.status, "replaced")));
    });
    if (question.refundSubjects?.length) await refundFreeUse(question.refundSubjects);
  }
  return pending.length;
}
