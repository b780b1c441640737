import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/config/env";
import { scrub, scrubText } from "./scrub";

/** The request a line is logged for; lib/observability/request-log.ts opens one per HTTP request. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

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
