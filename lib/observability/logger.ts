import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/config/env";
import { scrub, scrubText } from "./scrub";

type RequestContext = { requestId: string };
const REQUEST_CONTEXT = Symbol.for("beyond-earth.observability.requestContext");

/**
 * The request a line is logged for; lib/observability/request-log.ts opens one per HTTP request.
 * The build bundles this module into several server chunks (instrumentation, each route, pages,
 * server actions), each with its own copy of this file; the one store lives on globalThis so the
 * id the request hook opens is the id every chunk's logger reads.
 */
export const requestContext: AsyncLocalStorage<RequestContext> = ((globalThis as { [REQUEST_CONTEXT]?: AsyncLocalStorage<RequestContext> })[REQUEST_CONTEXT] ??=
  new AsyncLocalStorage<RequestContext>());

let instance: Logger | undefined;
let destination: DestinationStream | undefined;

/**
 * The server's one logger: JSON lines at LOG_LEVEL, each with the request id of the request it
 * belongs to, and every field and message scrubbed of secrets, card numbers and email addresses.
 */
export function logger(): Logger {
  instance ??= pino(
    {
      level: env().LOG_LEVEL,
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
    },
    destination ?? pino.destination({ sync: true }),
  );
  return instance;
}

/** Tests read the lines from a stream of their own; `logTo()` goes back to stdout. */
export function logTo(stream?: DestinationStream) {
  destination = stream;
  instance = undefined;
}
