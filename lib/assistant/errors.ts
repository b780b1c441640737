import { AppError } from "@/lib/http/errors";

/** The assistant's 500: the sentence says the question was not counted against the visitor's free uses. */
export function internalError(): AppError {
  return new AppError("internal_error", 500, "Something went wrong on our side, and your question was not counted. Please try again.");
}
