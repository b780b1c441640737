import { spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { chatMessages } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { INTERRUPTED_TEXT, repairInterruptedTurns, startTurn, threadMessages } from "@/lib/assistant/threads";
import { consumeFreeUse, freeUsesLeft } from "@/lib/quota";
import { freshIp } from "./assistant-helpers";

beforeAll(async () => {
  await seedCatalog();
});

const userAgent = "Vitest Browser/1.0";

/** What a server killed mid-answer leaves behind: a free use taken and the question saved, pending. */
async function questionLeftByACrash(minutesAgo: number) {
  const requester = { deviceId: crypto.randomUUID(), ip: freshIp(), userAgent };
  const use = await consumeFreeUse(requester);
  if (!use.ok) throw new Error("no free use");
  const turn = await startTurn({ owner: { fingerprint: requester.deviceId }, text: "Vegan ideas with chickpeas?", refundSubjects: use.subjects });
  await getDb()
    .update(chatMessages)
    .set({ createdAt: new Date(Date.now() - minutesAgo * 60_000) })
    .where(eq(chatMessages.id, turn.userMessageId));
  return { requester, turn };
}

describe("a crash mid-answer", () => {
  it("is repaired on the next start: the question gets an interrupted reply and its free use back", async () => {
    const { requester, turn } = await questionLeftByACrash(10);
    expect(await freeUsesLeft(requester)).toBe(2);

    expect(await repairInterruptedTurns(new Date(Date.now() - 60_000))).toBeGreaterThanOrEqual(1);

    expect(await freeUsesLeft(requester)).toBe(3);
    const [question, reply] = await threadMessages(turn.threadId);
    expect(question.parts).toEqual([{ type: "text", text: "Vegan ideas with chickpeas?" }]);
    expect(reply.metadata).toEqual({ status: "interrupted" });
    expect(reply.parts).toEqual([{ type: "text", text: INTERRUPTED_TEXT }]);
  });

  it("gives each use back once, however often the repair runs", async () => {
    const { requester } = await questionLeftByACrash(10);
    await consumeFreeUse(requester);
    await repairInterruptedTurns(new Date());
    await repairInterruptedTurns(new Date());
    expect(await freeUsesLeft(requester)).toBe(2);
  });

  it("leaves alone a question that may still be being answered", async () => {
    const { requester, turn } = await questionLeftByACrash(0);
    await repairInterruptedTurns(new Date(Date.now() - 60_000));
    expect(await freeUsesLeft(requester)).toBe(2);
    expect(await threadMessages(turn.threadId)).toHaveLength(1);
  });

  it("repairs what a process killed with SIGKILL mid-answer left behind", async () => {
    // A child process takes a free use and saves the question, then is killed before it can answer.
    const deviceId = crypto.randomUUID();
    const ip = freshIp();
    const script = `
      const load = async (name) => { const module = await import(name); return module.default ?? module; };
      const { consumeFreeUse } = await load("@/lib/quota");
      const { startTurn } = await load("@/lib/assistant/threads");
      const use = await consumeFreeUse({ deviceId: ${JSON.stringify(deviceId)}, ip: ${JSON.stringify(ip)}, userAgent: ${JSON.stringify(userAgent)} });
      const turn = await startTurn({ owner: { fingerprint: ${JSON.stringify(deviceId)} }, text: "Killed mid-answer?", refundSubjects: use.subjects });
      console.log("THREAD " + turn.threadId);
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, NODE_OPTIONS: "--conditions=react-server" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const threadId = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (data: Buffer) => {
        out += data.toString();
        const match = out.match(/THREAD (\S+)/);
        if (match) resolve(match[1]);
      });
      child.on("exit", (code) => reject(new Error(`child exited ${code}`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    expect(await freeUsesLeft({ deviceId, ip, userAgent })).toBe(2);

    await repairInterruptedTurns(new Date(Date.now() + 1000));
    expect(await freeUsesLeft({ deviceId, ip, userAgent })).toBe(3);
    expect((await threadMessages(threadId)).map((message) => message.metadata?.status)).toEqual([undefined, "interrupted"]);
  });
});
