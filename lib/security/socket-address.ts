import { Server } from "node:net";
import type { IncomingMessage } from "node:http";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

let installed = false;

/**
 * Writes each request's TCP peer address into `SOCKET_ADDRESS_HEADER` before Next.js sees it,
 * replacing any copy the client sent. `next start` owns its HTTP server, so this hooks the one
 * place every server (http and https) hands a request to its listener.
 */
export function recordSocketAddresses() {
  if (installed) return;
  installed = true;
  const emit: (this: Server, event: string | symbol, ...args: unknown[]) => boolean = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof Server.prototype.emit;
}
