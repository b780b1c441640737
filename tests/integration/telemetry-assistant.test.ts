import { context, metrics, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { MeterProvider, MetricReader } from "@opentelemetry/sdk-metrics";
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedCatalog } from "@/db/seed";
import { LOCAL_MODEL_LABEL } from "@/lib/assistant/local-model";
import { startTelemetry } from "@/lib/observability/telemetry";
import { ask, readReply } from "./assistant-helpers";

/** Collects on demand, as a collector's scrape would. */
class TestReader extends MetricReader {
  protected async onForceFlush() {}
  protected async onShutdown() {}
}

const spans = new InMemorySpanExporter();
const reader = new TestReader();

beforeAll(async () => {
  await seedCatalog();
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] }));
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
});

async function counter(name: string) {
  const { resourceMetrics } = await reader.collect();
  const metric = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics).find((found) => found.descriptor.name === name);
  return (metric?.dataPoints ?? []).map((point) => ({ value: point.value, attributes: point.attributes }));
}

describe("assistant telemetry", () => {
  it("a question answered with the catalogue gives one span per tool call, an answer by model and a free use consumed", async () => {
    const response = await ask({ text: "what vegan desserts can I make" });
    const reply = await readReply(response);
    expect(reply.tools.has("findRecipes")).toBe(true);

    const toolSpans = () => spans.getFinishedSpans().filter((span) => span.name.startsWith("assistant tool "));
    await vi.waitFor(() => expect(toolSpans().map((span) => span.name)).toContain("assistant tool findRecipes"));
    const findRecipes = toolSpans().find((span) => span.name === "assistant tool findRecipes")!;
    expect(findRecipes.attributes).toMatchObject({ "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "findRecipes" });
    // The tool's database reads are statements inside its span.
    const inside = spans.getFinishedSpans().filter((span) => span.parentSpanContext?.spanId === findRecipes.spanContext().spanId);
    expect(inside.some((span) => span.attributes["db.system.name"] === "sqlite" && span.name.startsWith("SELECT "))).toBe(true);

    await vi.waitFor(async () => expect(await counter("beyond_earth.assistant.answers")).toEqual([{ value: 1, attributes: { "gen_ai.request.model": LOCAL_MODEL_LABEL, status: "complete" } }]));
    expect(await counter("beyond_earth.assistant.free_uses")).toEqual([{ value: 1, attributes: {} }]);
  });

  it("without OTEL_EXPORTER_OTLP_ENDPOINT the server sets up no exporter", () => {
    expect(process.env.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(startTelemetry()).toBeUndefined();
  });
});
