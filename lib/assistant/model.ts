import "server-only";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { env } from "@/lib/config/env";
import { LOCAL_MODEL_ID, LOCAL_MODEL_LABEL, LocalRecipeModel } from "./local-model";

export type AssistantModel = {
  model: LanguageModelV3;
  /** Shown to the shopper: "local recipe model" or the OpenAI model id. */
  label: string;
  /** Distinguishes models in the answer cache: the same id on another server is another model. */
  cacheId: string;
};

/**
 * OpenAI (or any OpenAI-compatible server) when OPENAI_API_KEY is set, else the built-in local
 * recipe model. The Chat Completions endpoint is used rather than the provider's default
 * Responses API because Ollama, vLLM and llama.cpp implement Chat Completions.
 */
export function assistantModel(): AssistantModel {
  const { OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL } = env();
  if (OPENAI_API_KEY) {
    const provider = createOpenAI({ apiKey: OPENAI_API_KEY, baseURL: OPENAI_BASE_URL });
    return { model: provider.chat(OPENAI_MODEL), label: OPENAI_MODEL, cacheId: `openai:${OPENAI_BASE_URL ?? "default"}:${OPENAI_MODEL}` };
  }
  return { model: new LocalRecipeModel(), label: LOCAL_MODEL_LABEL, cacheId: LOCAL_MODEL_ID };
}

/** What the chat says answers come from, without building a client. */
export function assistantModelLabel(): string {
  const { OPENAI_API_KEY, OPENAI_MODEL } = env();
  return OPENAI_API_KEY ? OPENAI_MODEL : LOCAL_MODEL_LABEL;
}
