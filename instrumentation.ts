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
  // Expired stock reservations go back on sale even when nobody is checking out.
  const { startReservationSweeper } = await import("./lib/orders/sweeper");
  startReservationSweeper();
}
