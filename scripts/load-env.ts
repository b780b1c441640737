import { loadEnvConfig } from "@next/env";
import { ConfigError, env } from "@/lib/config/env";

/** Scripts read `.env*` files the way Next does, then validate like the app. */
export function loadScriptEnv() {
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
  try {
    return env();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
