import "server-only";
import { isToolUIPart, type InferUIMessageChunk } from "ai";
import { chunks } from "./local-model";
import type { AssistantMetadata, AssistantUIMessage } from "./messages";

type Chunk = InferUIMessageChunk<AssistantUIMessage>;

/**
 * A stored answer as the chunks of a UI message stream, so a cached reply reaches the browser
 * the same way a fresh one does: streamed, with its tool results (recipe cards) and metadata.
 */
export function replayChunks(message: Pick<AssistantUIMessage, "id" | "parts">, metadata: AssistantMetadata): Chunk[] {
  const out: Chunk[] = [{ type: "start", messageId: message.id, messageMetadata: metadata }];
  let inStep = false;
  let textIndex = 0;
  for (const part of message.parts) {
    if (part.type === "step-start") {
      if (inStep) out.push({ type: "finish-step" });
      out.push({ type: "start-step" });
      inStep = true;
    } else if (part.type === "text") {
      const id = `text-${textIndex++}`;
      out.push({ type: "text-start", id });
      // Replays are not paced by a model, so larger pieces: fewer chunks through the stream pipeline.
      for (const delta of chunks(part.text, 24)) out.push({ type: "text-delta", id, delta });
      out.push({ type: "text-end", id });
    } else if (isToolUIPart(part) && part.state === "output-available") {
      const toolName = part.type.slice("tool-".length);
      out.push({ type: "tool-input-available", toolCallId: part.toolCallId, toolName, input: part.input });
      out.push({ type: "tool-output-available", toolCallId: part.toolCallId, output: part.output });
    }
  }
  if (inStep) out.push({ type: "finish-step" });
  out.push({ type: "finish", finishReason: "stop", messageMetadata: metadata });
  return out;
}
