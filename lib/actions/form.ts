import { z } from "zod";

/** What an action answers when it is called with something other than a submitted form. */
export const SEND_THE_FORM = "Send the form.";

/**
 * A server action is a public endpoint: anyone can call it with any arguments React can encode
 * (a string, a number, an object), not only with the form its page renders. Every form action
 * parses its payload with this first and answers `SEND_THE_FORM` as a form error otherwise.
 */
export const submittedForm = z.instanceof(FormData, { message: SEND_THE_FORM });

/** The submitted form, or null when the payload is not one. */
export function formOf(payload: unknown): FormData | null {
  const parsed = submittedForm.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
