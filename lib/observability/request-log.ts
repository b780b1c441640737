import { randomUUID } from "node:crypto";
import { interceptRequests } from "./intercept-requests";
import { logger, requestContext } from "./logger";
import { trackRequest } from "./shutdown";

export const REQUEST_ID_HEADER = "x-request-id";
// A proxy's id is kept when it is a plain token; anything else (spaces, control characters, a
// kilobyte of text) would be a way to write into every log line, so it is replaced.
const acceptedRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when usable, otherwise a new one), echoes it
 * in the response, runs the request inside it so each line logged while serving it carries it,
 * and logs one line when the response ends: method, route, status and duration.
 */
export function logRequests() {
  interceptRequests("request-log", (server, request, response, handOn) => {
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === "string" && acceptedRequestId.test(incoming) ? incoming : randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    trackRequest(server, response);
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
      return handOn();
    });
  });
}
