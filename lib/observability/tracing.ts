import { metrics, SpanKind, SpanStatusCode, trace, ValueType, type Attributes, type Counter, type Meter, type Span } from "@opentelemetry/api";
import { scrubText } from "./scrub";

/**
 * The app's own spans and counters, on the OpenTelemetry API. Until lib/observability/telemetry.ts
 * registers an SDK (only when OTEL_EXPORTER_OTLP_ENDPOINT is set) the API is a no-op: spans are not
 * recorded and counters count nothing. Attributes name things (a route, a table, an event type,
 * a model), never a person, a secret or card data.
 */
const SCOPE = "beyond-earth";

export { SpanKind };

/** Runs `work` inside a span, which ends when it settles and records an error it throws (scrubbed). */
export function withSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  return trace.getTracer(SCOPE).startActiveSpan(name, { attributes, kind }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      const message = scrubText(error instanceof Error ? error.message : String(error));
      span.recordException({ name: error instanceof Error ? error.name : "Error", message });
      span.setStatus({ code: SpanStatusCode.ERROR, message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Sets attributes on the span being recorded, if any (the webhook outcome, known only at the end). */
export function annotateSpan(attributes: Attributes) {
  trace.getActiveSpan()?.setAttributes(attributes);
}

const COUNTERS = {
  ordersPaid: { name: "beyond_earth.orders.paid", description: "Orders marked paid (by the webhook or the return page, whichever came first)" },
  webhookEvents: { name: "beyond_earth.webhook.events", description: "Stripe webhook deliveries, by event type and outcome" },
  assistantAnswers: { name: "beyond_earth.assistant.answers", description: "Assistant answers saved, by model and status" },
  freeUsesConsumed: { name: "beyond_earth.assistant.free_uses", description: "Free assistant uses consumed by visitors without a plan" },
} as const;

export type CounterName = keyof typeof COUNTERS;

// Counters belong to the meter of the provider registered when they are first used.
const counters = new WeakMap<Meter, Map<CounterName, Counter>>();

/** Adds one to a counter. */
export function count(counter: CounterName, attributes: Attributes = {}) {
  const meter = metrics.getMeter(SCOPE);
  let made = counters.get(meter);
  if (!made) counters.set(meter, (made = new Map()));
  let instrument = made.get(counter);
  if (!instrument) made.set(counter, (instrument = meter.createCounter(COUNTERS[counter].name, { description: COUNTERS[counter].description, valueType: ValueType.INT })));
  instrument.add(1, attributes);
}

type Tools = Record<string, { execute?: (...args: never[]) => unknown }>;

/** The assistant's tools, each call in a span named for the tool (tools answer promises, not streams). */
export function tracedTools<T extends Tools>(tools: T): T {
  return Object.fromEntries(
    Object.entries(tools).map(([name, tool]) => {
      const execute = tool.execute;
      if (!execute) return [name, tool];
      const traced = (...args: never[]) =>
        withSpan(`assistant tool ${name}`, { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": name }, async () => await execute(...args));
      return [name, { ...tool, execute: traced }];
    }),
  ) as T;
}
