/**
 * Client-safe: the assistant's constants the browser shares with the server (no imports). The
 * conversation list's rename field and the server action share this bound.
 */
export const MAX_CONVERSATION_TITLE_CHARS = 80;

/**
 * Why an answer ended with an error, as the server words it in the stream's error chunk. The chat
 * shows each in the shopper's language, looked up by this text.
 */
export const ANSWER_ERRORS = {
  modelFailure: "The assistant could not answer just now, so this question was not counted. Please try again in a moment.",
  timedOut: "The assistant took too long to answer, so this question was not counted. Please try again in a moment.",
  emptyAnswer: "The assistant did not come up with an answer, so this question was not counted. Please try rephrasing it.",
} as const;
export type AnswerError = keyof typeof ANSWER_ERRORS;

export function answerErrorOf(text: string): AnswerError | undefined {
  return (Object.keys(ANSWER_ERRORS) as AnswerError[]).find((code) => ANSWER_ERRORS[code] === text);
}
