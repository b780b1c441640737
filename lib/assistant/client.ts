/**
 * Client-safe: the assistant's constants the browser shares with the server (no imports). The
 * conversation list's rename field and the server action share this bound.
 */
export const MAX_CONVERSATION_TITLE_CHARS = 80;
