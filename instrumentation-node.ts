import { migrationProblem, migrationStatus } from "./db/migrate";
import { ConfigError, env } from "./lib/config/env";
import { startInterruptedAnswerRepair } from "./lib/assistant/repair";
import { startEmailSender, stopEmailSender } from "./lib/email/sender";
import { startReservationSweeper, stopReservationSweeper } from "./lib/orders/sweeper";
import { stopSandboxDelivery } from "./lib/payments/sandbox";
import { installGracefulShutdown, onShutdown } from "./lib/observability/shutdown";
import { logger } from "./lib/observability/logger";
import { logRequests } from "./lib/observability/request-log";
import { startTelemetry } from "./lib/observability/telemetry";
import { recordSocketAddresses } from "./lib/security/socket-address";
import { accumulateVary } from "./lib/http/vary";

/** Start-up in the Node.js server (kept out of instrumentation.ts, which is also bundled for the edge). */
export async function registerNode() {
  try {
    env();
  } catch (error) {
    if (error instanceof ConfigError) {
      // One clear line naming the variable, then stop: a half-configured shop must not serve.
      // The logger reads LOG_LEVEL from this same invalid environment, so this line goes out plain.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // `next build` loads this too, with no database to check.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    // A build must not serve a database migrated for another release: its queries would fail at random.
    const problem = await migrationStatus().then(migrationProblem, (error: unknown) => `Could not read the database's migrations: ${error instanceof Error ? error.message : String(error)}`);
    if (problem) {
      logger().fatal(problem);
      process.exit(1);
    }
  }
  // Traces and metrics over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; before the first request.
  const flushTelemetry = startTelemetry();
  // Before the first request: every per-address rule reads the socket's address from the header this sets.
  recordSocketAddresses();
  // A page's language-chosen Vary (middleware.ts) survives the Vary Next.js sets on every page.
  accumulateVary();
  // One JSON line per request, with the request id every line logged while serving it carries.
  logRequests();
  // Expired stock reservations go back on sale even when nobody is checking out.
  startReservationSweeper();
  // Questions a crash left unanswered get an "interrupted" reply and their free use back.
  startInterruptedAnswerRepair();
  // The outbox is delivered (with retries) even when nothing else is happening.
  startEmailSender();
  // SIGTERM: stop accepting, finish in-flight requests and streams, then stop these after their current item.
  onShutdown("the reservation sweeper", stopReservationSweeper);
  onShutdown("the email sender", stopEmailSender);
  onShutdown("sandbox webhook delivery", stopSandboxDelivery);
  // Last, so the spans and counts of everything above are sent.
  if (flushTelemetry) onShutdown("telemetry export", flushTelemetry);
  installGracefulShutdown();
}
