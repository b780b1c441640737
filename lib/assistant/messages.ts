import type { InferUITools, UIMessage } from "ai";
import { z } from "zod";
import type { AssistantTools } from "./tools/definitions";

/** Sent with every reply, so the chat can say which model answered and whether it came from the cache. */
export const assistantMetadataSchema = z.object({
  model: z.string().optional(),
  cached: z.boolean().optional(),
  /** Set when the answer was cut short: by the shopper's Stop, or by a timeout or a crash. */
  status: z.enum(["stopped", "interrupted"]).optional(),
});
export type AssistantMetadata = z.infer<typeof assistantMetadataSchema>;

export type AssistantUIMessage = UIMessage<AssistantMetadata, never, InferUITools<AssistantTools>>;
