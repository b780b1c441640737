// The few parts of autocannon's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    /** Bytes per second. */
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    timeout?: number;
    /** Stop after this many requests (overrides duration). */
    amount?: number;
    requests?: Array<
      Request & {
        setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
        onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
      }
    >;
  };
  /** The run: a promise of its result that also emits "response" for every answer. */
  export type Run = Promise<Result> & { on(event: "response", listener: () => void): Run };
  export default function autocannon(options: Options): Run;
}
