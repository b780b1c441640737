import { z } from "zod";
import { AppError } from "@/lib/http/errors";

export const MAX_MESSAGE_CHARS = 2000;
const MAX_BODY_BYTES = 64 * 1024;

const bodySchema = z.object({
  threadId: z.string().trim().min(1).max(100).optional(),
  /** Regenerate or edit-and-resend: this question replaces the thread's last question and its answer. */
  replaceLast: z.boolean({ message: "replaceLast must be true or false" }).optional(),
  message: z.object(
    {
      role: z.literal("user", { message: "Only a user message can be sent" }),
      parts: z
        .array(z.object({ type: z.literal("text", { message: "Only text can be sent" }), text: z.string() }), { message: "The message needs its text" })
        .min(1, "The message needs its text")
        .max(20),
    },
    { message: "Send a message" },
  ),
});

export type AssistantRequestBody = { threadId?: string; text: string; replaceLast: boolean };

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Only this site's own pages may ask. A cross-site form or `fetch` with `text/plain` needs no CORS
 * preflight, so without these checks another site could spend a visitor's free questions.
 */
export function assertSameOriginJson(request: Request): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new AppError("unsupported_media_type", 415, "Send the question as JSON (Content-Type: application/json).");
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("forbidden_origin", 403, "Questions can only be asked from this shop's own pages.");
  const origin = request.headers.get("origin");
  if (origin) {
    const own = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? hostOf(request.url) ?? "").split(",")[0].trim().toLowerCase();
    if (hostOf(origin) !== own) throw new AppError("forbidden_origin", 403, "Questions can only be asked from this shop's own pages.");
  }
}

/** Reads `{ threadId?, message }`: only the new message, the thread's history lives on the server. */
export async function readAssistantRequest(request: Request): Promise<AssistantRequestBody> {
  assertSameOriginJson(request);
  const raw = await request.text().catch(() => "");
  if (raw.length > MAX_BODY_BYTES) throw new AppError("invalid_request", 400, "That request is too large.");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_request", 400, "The request body must be JSON: { threadId?, message }.");
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_request", 400, issue ? `${issue.message} (${issue.path.join(".") || "body"}).` : "Invalid request.");
  }
  const text = parsed.data.message.parts
    .map((part) => part.text)
    .join("\n")
    .trim();
  if (text.length === 0) throw new AppError("invalid_request", 400, "Type a question first.");
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new AppError("invalid_request", 400, `Questions can be at most ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters.`);
  }
  const replaceLast = parsed.data.replaceLast ?? false;
  if (replaceLast && !parsed.data.threadId) throw new AppError("invalid_request", 400, "A new conversation has no question to replace: send it without replaceLast.");
  return { threadId: parsed.data.threadId, text, replaceLast };
}
