import "server-only";
import { logger } from "@/lib/observability/logger";

type JobState<Result> = { lastRun: number; running?: Promise<Result>; timer?: ReturnType<typeof setInterval> };
const jobs = ((globalThis as { __beyondEarthJobs?: Map<string, JobState<unknown>> }).__beyondEarthJobs ??= new Map());

/**
 * A background round that runs at most once at a time per process: on a timer started once
 * (instrumentation), or on demand. A failed round is logged and answers `idle`; stopping clears the
 * timer and waits for the round under way. The state lives on globalThis so that every copy of the
 * module in one process (route bundles, instrumentation) shares it.
 */
export function intervalJob<Result>(job: { name: string; what: string; intervalMs: number; round: () => Promise<Result>; idle: Result }) {
  const state = (jobs.get(job.name) ?? jobs.set(job.name, { lastRun: 0 }).get(job.name)!) as JobState<Result>;

  function runSoon(): Promise<Result> {
    state.lastRun = Date.now();
    state.running ??= job
      .round()
      .catch((error: unknown) => {
        logger().error(`${job.what} failed: ${(error instanceof Error ? error.message : String(error)).slice(0, 1000)}`);
        return job.idle;
      })
      .finally(() => {
        state.running = undefined;
      });
    return state.running;
  }

  return {
    runSoon,
    /** Milliseconds since the last round began (a round under way counts as just begun). */
    sinceLastRun: () => (state.running ? 0 : Date.now() - state.lastRun),
    start(intervalMs = job.intervalMs) {
      if (state.timer) return;
      state.timer = setInterval(() => void runSoon(), intervalMs);
      state.timer.unref?.();
    },
    started: () => state.timer !== undefined,
    async stop() {
      clearInterval(state.timer);
      state.timer = undefined;
      await state.running;
    },
  };
}
