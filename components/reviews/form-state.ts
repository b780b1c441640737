/** What the review form shows after its action ran. */
export type ReviewFormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[] | undefined> };
