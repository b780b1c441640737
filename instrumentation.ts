export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ConfigError, env } = await import("./lib/config/env");
  try {
    env();
  } catch (error) {
    if (error instanceof ConfigError) {
      // One clear line naming the variable, then stop: a half-configured shop must not serve.
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
