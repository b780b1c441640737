import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Server as HttpServer } from "node:http";
import { Server } from "node:net";
import { logger, requestContext } from "./logger";
import { trackRequest } from "./shutdown";

export const REQUEST_ID_HEADER = "x-request-id";
// A proxy's id is kept when it is a plain token; anything else (spaces, control characters, a
// kilobyte of text) would be a way to write into every log line, so it is replaced.
const acceptedRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

let installed = false;

/**
 * Gives every request an id (the caller's X-Request-Id when usable, otherwise a new one), echoes it
 * in the response, runs the request inside it so each line logged while serving it carries it,
 * and logs one line when the response ends: method, route, status and duration. Like
 * lib/security/socket-address.ts, it hooks the server Next owns, before Next sees the request.
 */
export function logRequests() {
  if (installed) return;
  installed = true;
  const emit: (this: Server, event: string | symbol, ...args: unknown[]) => boolean = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const request = args[0] as IncomingMessage;
    const response = args[1] as ServerResponse;
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === "string" && acceptedRequestId.test(incoming) ? incoming : randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    trackRequest(this as HttpServer, response);
    const started = performance.now();
    return requestContext.run({ requestId }, () => {
      response.once("close", () => {
        const route = (request.url ?? "/").split("?")[0];
        const line = {
          method: request.method,
          route,
          status: response.statusCode,
          durationMs: Math.round(performance.now() - started),
          ...(response.writableFinished ? {} : { aborted: true }),
        };
        // Build assets are many and uninteresting; they are there at LOG_LEVEL=debug.
        if (route.startsWith("/_next/static/")) logger().debug(line, "request");
        else logger().info(line, "request");
      });
      return emit.call(this, event, ...args);
    });
  } as typeof Server.prototype.emit;
}
