import { existsSync, readFileSync } from "node:fs";

export const LOCAL_AUTH_SECRET_FILE = "data/auth-secret";

/** Development only: the secret `npm run dev` generated on first run, when AUTH_SECRET is not set. */
export function readLocalAuthSecret(): string | undefined {
  if (!existsSync(LOCAL_AUTH_SECRET_FILE)) return undefined;
  const secret = readFileSync(LOCAL_AUTH_SECRET_FILE, "utf8").trim();
  return secret || undefined;
}
