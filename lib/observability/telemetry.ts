import { context, metrics, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { MeterProvider, PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import { BatchSpanProcessor, TracerProvider, type Span, type SpanProcessor } from "@opentelemetry/sdk-trace";
import { env } from "@/lib/config/env";
import { scrubText } from "./scrub";

const DEFAULT_METRIC_INTERVAL_MS = 60_000;

/**
 * What a span says before it is sent. A URL's query string goes (Next records each request's
 * target, and `/checkout/complete?…&payment_intent_client_secret=…`, `/shop?q=…` or a callback URL
 * are a secret or a shopper's words), and every other text attribute passes the log scrubber
 * (emails, keys, card numbers). Runs as each span ends, while it can still be changed.
 */
class SafeAttributes implements SpanProcessor {
  onStart() {}
  onEnding(span: Span) {
    if (span.name.includes("?")) span.updateName(span.name.split("?")[0]);
    for (const [key, value] of Object.entries(span.attributes)) {
      if (typeof value !== "string") continue;
      const safe = value.includes("?") && /^(https?:\/\/|\/)/.test(value) ? value.split("?")[0] : scrubText(value);
      if (safe !== value) span.setAttribute(key, safe);
    }
  }
  onEnd() {}
  forceFlush() {
    return Promise.resolve();
  }
  shutdown() {
    return Promise.resolve();
  }
}

/**
 * Traces and metrics over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT is set; nothing at all
 * otherwise (the OpenTelemetry API stays a no-op). Next's own spans (each request, page render,
 * route handler and server action) and the app's (lib/observability/tracing.ts) go to the same
 * provider. The exporters read the standard variables themselves: OTEL_EXPORTER_OTLP_ENDPOINT
 * (`/v1/traces` and `/v1/metrics` are appended), OTEL_EXPORTER_OTLP_HEADERS for a collector's
 * key; OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES name the service; OTEL_METRIC_EXPORT_INTERVAL
 * (ms) is how often counters are sent. Answers the flush to run at shutdown.
 */
export function startTelemetry(): (() => Promise<void>) | undefined {
  // `next build` loads instrumentation too; it has nothing to trace.
  if (!env().OTEL_EXPORTER_OTLP_ENDPOINT || process.env.NEXT_PHASE === "phase-production-build") return undefined;
  const resource = defaultResource()
    .merge(resourceFromAttributes({ "service.name": "beyond-earth" }))
    .merge(detectResources({ detectors: [envDetector] }));
  const tracerProvider = new TracerProvider({ resource, spanProcessors: [new SafeAttributes(), new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })] });
  const interval = Number(process.env.OTEL_METRIC_EXPORT_INTERVAL);
  const meterProvider = new MeterProvider({
    resource,
    readers: [
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter(),
        exportIntervalMillis: Number.isInteger(interval) && interval > 0 ? interval : DEFAULT_METRIC_INTERVAL_MS,
      }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  trace.setGlobalTracerProvider(tracerProvider);
  metrics.setGlobalMeterProvider(meterProvider);
  // Shutdown sends what is buffered: the last spans and the counters' final values.
  return async () => {
    await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
  };
}
