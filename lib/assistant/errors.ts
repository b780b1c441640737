/**
 * The one error type of the assistant endpoint: it knows its HTTP status and carries a sentence
 * a shopper can read. Anything else that goes wrong becomes a generic 500 without internals.
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

export function internalError(): AppError {
  return new AppError("internal_error", 500, "Something went wrong on our side, and your question was not counted. Please try again.");
}
