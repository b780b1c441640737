import { logger } from "@/lib/observability/logger";

/**
 * The one error type of the route handlers: it knows its HTTP status and carries a sentence a
 * shopper (or the operator's panel) can read. Anything else that goes wrong is a bug: it is logged
 * once and answered 500 without internals (see `errorResponse`).
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  toResponse(): Response {
    return Response.json(
      { error: this.code, message: this.message, ...this.details },
      { status: this.status, headers: { "cache-control": "no-store", ...this.headers } },
    );
  }
}

const SOMETHING_WENT_WRONG = "Something went wrong on our side. Please try again.";

/**
 * What a route handler answers for a thrown error: an `AppError` as itself; anything else logged
 * under `context` and answered with `fallback` (a 500 whose sentence says what was not done).
 */
export function errorResponse(error: unknown, context: string, fallback: AppError = new AppError("internal_error", 500, SOMETHING_WENT_WRONG)): Response {
  if (error instanceof AppError) return error.toResponse();
  logger().error({ err: error }, `[${context}] request failed`);
  return fallback.toResponse();
}

/** A route handler whose thrown errors become `errorResponse`s: parse, authorise, act, respond, and throw `AppError`s for expected failures. */
export function routeHandler<Args extends unknown[]>(context: string, handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, context);
    }
  };
}
