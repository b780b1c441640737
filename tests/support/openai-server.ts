import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/config/env";

type Handler = (request: IncomingMessage, body: unknown, response: ServerResponse) => unknown;

/**
 * A local OpenAI-compatible server for the whole file, answering with `handle` (given the parsed
 * JSON body), so the real @ai-sdk/openai provider code talks to it. It sets OPENAI_API_KEY,
 * OPENAI_BASE_URL and the extra `env` before the tests and removes them after. `open` holds the
 * responses not yet closed.
 */
export function useOpenAiServer(apiKey: string, handle: Handler, env: Record<string, string> = {}) {
  const open = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    open.add(response);
    response.on("close", () => open.delete(response));
    void (async () => {
      let raw = "";
      for await (const part of request) raw += part;
      await handle(request, JSON.parse(raw), response);
    })();
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    Object.assign(process.env, { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, ...env });
    resetEnvCache();
  });
  afterAll(async () => {
    for (const name of ["OPENAI_API_KEY", "OPENAI_BASE_URL", ...Object.keys(env)]) delete process.env[name];
    resetEnvCache();
    for (const response of open) response.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { open };
}
