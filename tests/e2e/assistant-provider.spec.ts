import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { ask, browserNamed as browserOf, conversation } from "./support/assistant";
import { mainPort, startExtraServer, type ExtraServer } from "./support/extra-server";

// The chat in the browser against an OpenAI-compatible server scripted to misbehave the ways real
// providers do (the integration tests cover each failure on the server; these cover what the
// shopper sees). A second standalone server of the same build talks to it.
type Script = "answer" | "recipes" | "slow" | "drop" | "500";
let script: Script = "answer";
const open = new Set<ServerResponse>();

function chunk(delta: object, finish: string | null = null) {
  return { id: "chatcmpl-e2e", object: "chat.completion.chunk", created: 1767225600, model: "gpt-4o-mini", choices: [{ index: 0, delta, finish_reason: finish }] };
}

function stream(response: ServerResponse, chunks: object[], end = true) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const data of chunks) response.write(`data: ${JSON.stringify(data)}\n\n`);
  if (end) response.end("data: [DONE]\n\n");
}

const words = (text: string) => text.split(/(?<= )/).map((word) => chunk({ content: word }));

function handle(body: { messages: { role: string; content: unknown }[] }, response: ServerResponse) {
  switch (script) {
    case "answer":
      return stream(response, [chunk({ role: "assistant", content: "" }), ...words("Try the **Chickpea curry**: everything it needs is in stock."), chunk({}, "stop")]);
    case "500":
      response.writeHead(500, { "content-type": "application/json" });
      return response.end(JSON.stringify({ error: { message: "The server had an error while processing your request.", type: "server_error" } }));
    case "slow": {
      stream(response, [chunk({ role: "assistant", content: "" }), chunk({ content: "Cook the chickpeas " })], false);
      const timer = setInterval(() => response.write(`data: ${JSON.stringify(chunk({ content: "and " }))}\n\n`), 100);
      response.on("close", () => clearInterval(timer));
      return;
    }
    case "drop":
      stream(response, [chunk({ role: "assistant", content: "" }), chunk({ content: "Try the chickpea " })], false);
      setTimeout(() => response.socket?.destroy(), 50);
      return;
    case "recipes": {
      // Asks for two recipes, then recommends only the first one it was given.
      const tool = [...body.messages].reverse().find((message) => message.role === "tool");
      if (!tool) {
        const args = JSON.stringify({ ingredients: ["chickpeas"], limit: 2 });
        return stream(response, [
          chunk({ role: "assistant", content: null, tool_calls: [{ index: 0, id: "call_e2e", type: "function", function: { name: "findRecipes", arguments: args } }] }),
          chunk({}, "tool_calls"),
        ]);
      }
      const content = typeof tool.content === "string" ? tool.content : JSON.stringify(tool.content);
      const titles = [...content.matchAll(/"title":"([^"]+)"/g)].map((match) => match[1]);
      return stream(response, [chunk({ role: "assistant", content: "" }), ...words(`Of the two, make **${titles[0]}** tonight.`), chunk({}, "stop")]);
    }
  }
}

let provider: Server;
let shop: ExtraServer;

test.beforeAll(async () => {
  provider = createServer((request: IncomingMessage, response) => {
    open.add(response);
    response.on("close", () => open.delete(response));
    let raw = "";
    request.on("data", (part: Buffer) => (raw += part.toString()));
    request.on("end", () => handle(JSON.parse(raw), response));
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  const { port } = provider.address() as AddressInfo;
  shop = await startExtraServer(mainPort + 1, {
    OPENAI_API_KEY: "sk-e2e-scripted",
    OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
    OPENAI_MODEL: "gpt-4o-mini",
    ASSISTANT_FIRST_TOKEN_TIMEOUT_MS: "10000",
    ASSISTANT_TIMEOUT_MS: "30000",
    LOG_LEVEL: "fatal",
  });
});

test.afterAll(async () => {
  await shop?.stop();
  for (const response of open) response.destroy();
  await new Promise((resolve) => provider?.close(resolve));
});

test.beforeEach(() => {
  script = "answer";
});

const browserNamed = (name: string) => browserOf(`provider-${name}`);

/** Opens the assistant and asks `question`, the provider scripted to answer as `scripted`. */
async function askScripted(page: Page, scripted: Script, question: string) {
  await page.goto(`${shop.url}/assistant`);
  script = scripted;
  await ask(page, question);
}

test.describe("a first question the provider fails", () => {
  test.use({ userAgent: browserNamed("failed-first") });

  test("leaves no dead conversation: the question comes back, and sending it again starts a conversation that works", async ({ page }) => {
    await page.goto(`${shop.url}/assistant`);
    await expect(page.getByText("3 free questions left")).toBeVisible();
    script = "500";
    await ask(page, "A chickpea dinner for tonight?");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The assistant could not answer just now, so this question was not counted. Please try again in a moment.");
    await expect(page.getByLabel("Message")).toHaveValue("A chickpea dinner for tonight?");
    await expect(page.getByText("3 free questions left")).toBeVisible();
    expect(new URL(page.url()).searchParams.get("thread")).toBeNull();
    await expect(page.getByText("No conversations yet.")).toBeVisible();

    script = "answer";
    const retried = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/assistant");
    await page.getByRole("button", { name: "Send" }).click();
    expect((await retried).status()).toBe(200);
    await expect(conversation(page).getByText("Chickpea curry")).toBeVisible();
    await expect(conversation(page).getByText("You: A chickpea dinner for tonight?")).toHaveCount(1);
    await expect(page).toHaveURL(/\/assistant\?thread=/);
    await expect(page.getByText("2 free questions left")).toBeVisible();
  });
});

test.describe("an answer the provider drops mid-way", () => {
  test.use({ userAgent: browserNamed("dropped") });

  test("keeps what was shown, marked interrupted, and gives the free question back", async ({ page }) => {
    await askScripted(page, "drop", "A chickpea dinner, cut off?");
    await expect(conversation(page).getByText("Try the chickpea")).toBeVisible();
    await expect(conversation(page).getByText("Interrupted — this answer did not finish, so the question was not counted.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The assistant could not answer just now, so this question was not counted. Please try again in a moment.");
    await expect(page.getByText("3 free questions left")).toBeVisible();

    await page.reload();
    await expect(conversation(page).getByText("Try the chickpea")).toBeVisible();
    await expect(conversation(page).getByText("Interrupted — this answer did not finish, so the question was not counted.")).toBeVisible();
    await expect(page.getByText("3 free questions left")).toBeVisible();
  });
});

test.describe("Stop", () => {
  test.use({ userAgent: browserNamed("stop") });

  test("ends the answer on the server too, and the text shown stays, marked stopped, after a reload", async ({ page }) => {
    await askScripted(page, "slow", "A chickpea dinner that goes on and on?");
    await expect(conversation(page).getByText(/Cook the chickpeas and and/)).toBeVisible();
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(conversation(page).getByText("Stopped — this answer was cut short.")).toBeVisible();
    // The provider's stream is closed: nothing keeps generating for a shopper who stopped.
    await expect.poll(() => open.size).toBe(0);

    await page.reload();
    await expect(conversation(page).getByText(/Cook the chickpeas and/)).toBeVisible();
    await expect(conversation(page).getByText("Stopped — this answer was cut short.")).toBeVisible();
  });
});

test.describe("recipe cards", () => {
  test.use({ userAgent: browserNamed("cards") });

  test("are shown only for the recipes the answer recommends", async ({ page }) => {
    await askScripted(page, "recipes", "Two chickpea recipes, and which one to cook?");
    await expect(conversation(page).getByText(/Of the two, make/)).toBeVisible();
    const said = await conversation(page).getByText(/Of the two, make/).innerText();
    // Read as plain text or as rendered markdown, whichever is on screen yet.
    const named = said.match(/make (.+) tonight/)?.[1]?.replace(/\*/g, "") ?? "";
    await expect(conversation(page).getByRole("article")).toHaveCount(1);
    await expect(conversation(page).getByRole("article", { name: named })).toBeVisible();
  });
});
