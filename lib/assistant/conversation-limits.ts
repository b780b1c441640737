/** Client-safe: the conversation list's rename field and the server action share this bound. */
export const MAX_CONVERSATION_TITLE_CHARS = 80;
