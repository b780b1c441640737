import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import { Server } from "node:net";

const installed = new Set<string>();

/**
 * Runs `intercept` for every HTTP request any server in this process receives, before its listener
 * (Next.js) sees it; `handOn` passes the request on. `next start` owns its HTTP server, so this hooks
 * the one place every server (http and https) hands a request to its listener. Installed once per
 * name, however often it is called.
 */
export function interceptRequests(
  name: string,
  intercept: (server: HttpServer, request: IncomingMessage, response: ServerResponse, handOn: () => boolean) => boolean,
) {
  if (installed.has(name)) return;
  installed.add(name);
  const emit: (this: Server, event: string | symbol, ...args: unknown[]) => boolean = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    return intercept(this as HttpServer, args[0] as IncomingMessage, args[1] as ServerResponse, () => emit.call(this, event, ...args));
  } as typeof Server.prototype.emit;
}
