import type { Server, ServerResponse } from "node:http";
import { env } from "@/lib/config/env";
import { logger } from "./logger";

/** Each background worker gets this long to finish its current item. */
const WORKER_STOP_MS = 5_000;

// On globalThis: the build gives instrumentation and the request hook their own copies of this module.
type State = { servers: Set<Server>; inFlight: number; drained: Array<() => void>; stopping: boolean; workers: Array<{ name: string; stop: () => Promise<void> }> };
const state = ((globalThis as { __beyondEarthShutdown?: State }).__beyondEarthShutdown ??= { servers: new Set(), inFlight: 0, drained: [], stopping: false, workers: [] });

/** Called by the request hook (request-log.ts) for every request the server receives. */
export function trackRequest(server: Server, response: ServerResponse) {
  state.servers.add(server);
  state.inFlight += 1;
  // A keep-alive connection must not carry new requests past the shutdown.
  if (state.stopping) response.setHeader("Connection", "close");
  response.once("close", () => {
    state.inFlight -= 1;
    // A keep-alive connection whose response was under way at SIGTERM closes once it is idle.
    if (state.stopping) setImmediate(() => server.closeIdleConnections());
    if (state.inFlight === 0) for (const done of state.drained.splice(0)) done();
  });
}

/** A background worker to stop, after the last request, on SIGTERM. */
export function onShutdown(name: string, stop: () => Promise<void>) {
  state.workers.push({ name, stop });
}

export function shuttingDown(): boolean {
  return state.stopping;
}

function drained(timeoutMs: number): Promise<boolean> {
  if (state.inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    state.drained.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const within = (work: Promise<void>, ms: number) =>
  Promise.race([work.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);

/** Stops accepting, lets in-flight requests finish (up to the grace period), stops the workers, exits 0. */
export async function shutDown(signal: string, graceMs = env().SHUTDOWN_GRACE_MS): Promise<void> {
  if (state.stopping) return;
  state.stopping = true;
  logger().info({ signal, inFlight: state.inFlight }, "shutting down: no new connections; finishing in-flight requests");
  for (const server of state.servers) {
    server.close();
    server.closeIdleConnections();
  }
  const finished = await drained(graceMs);
  if (!finished) logger().warn({ inFlight: state.inFlight }, `shutting down: requests still open after ${graceMs} ms are cut off`);
  for (const worker of state.workers) {
    const stopped = await within(worker.stop().catch((error: unknown) => logger().error({ err: error }, `shutting down: stopping ${worker.name} failed`)), WORKER_STOP_MS);
    if (!stopped) logger().warn(`shutting down: ${worker.name} did not finish its current item in ${WORKER_STOP_MS} ms`);
  }
  for (const server of state.servers) server.closeAllConnections();
  logger().info("shut down");
  process.exit(0);
}

/**
 * Replaces Next's own SIGTERM/SIGINT handlers, which exit at once (code 143) and cut off requests
 * and streams mid-way, with the graceful shutdown above.
 */
export function installGracefulShutdown() {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutDown(signal));
  }
}
