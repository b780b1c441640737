import "server-only";
import { eq } from "drizzle-orm";
import { createHash } from "node:crypto";
import { db } from "@/db/client";
import { sandboxIdempotency } from "@/db/schema";
import { sandboxNow } from "./clock";
import { scheduleDeliveries } from "./events";
import { decodeStripeForm } from "./form";
import { SandboxError } from "./errors";
import { matchRoute } from "./router";
import { sandboxRoutes } from "./resources";

/**
 * The built-in Stripe sandbox: an in-process emulator of the part of Stripe's REST API this shop
 * uses, plugged into the official SDK with `Stripe.createFetchHttpClient(sandboxFetch)`. It speaks
 * Stripe's form encoding and JSON, Stripe's errors and `Idempotency-Key` rules, and keeps its
 * objects in the database so every process sees the same state.
 */
export async function sandboxFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  const method = (init.method ?? "GET").toUpperCase();
  const headers = new Headers(init.headers as HeadersInit | undefined);
  const rawBody = typeof init.body === "string" ? init.body : "";
  const params = decodeStripeForm(method === "GET" || method === "DELETE" ? url.search.slice(1) : rawBody);

  const idempotencyKey = method === "POST" ? headers.get("idempotency-key") : null;
  if (idempotencyKey) {
    const requestHash = createHash("sha256").update(`${method} ${url.pathname}\n${rawBody}`).digest("hex");
    const [previous] = await db.select().from(sandboxIdempotency).where(eq(sandboxIdempotency.key, idempotencyKey));
    if (previous) {
      if (previous.requestHash !== requestHash) {
        return json(400, {
          error: {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          },
        }, { "idempotent-replayed": "false" });
      }
      return new Response(previous.responseBody, {
        status: previous.statusCode,
        headers: { "content-type": "application/json", "request-id": requestId(), "idempotent-replayed": "true" },
      });
    }
    const response = await dispatch(method, url.pathname, params);
    const body = await response.clone().text();
    // A concurrent request with the same key may have won the race; its answer is the answer.
    await db
      .insert(sandboxIdempotency)
      .values({ key: idempotencyKey, requestHash, statusCode: response.status, responseBody: body })
      .onConflictDoNothing();
    const [stored] = await db.select().from(sandboxIdempotency).where(eq(sandboxIdempotency.key, idempotencyKey));
    return new Response(stored.responseBody, { status: stored.statusCode, headers: { "content-type": "application/json", "request-id": requestId() } });
  }
  return dispatch(method, url.pathname, params);
}

async function dispatch(method: string, path: string, params: ReturnType<typeof decodeStripeForm>): Promise<Response> {
  const match = matchRoute(sandboxRoutes, method, path);
  if (!match) {
    return json(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}). The Stripe sandbox does not emulate this endpoint.` },
    });
  }
  try {
    const result = await match.route.handler({ method, path, params, pathParams: match.pathParams, now: await sandboxNow() });
    return json(200, result);
  } catch (error) {
    if (error instanceof SandboxError) return json(error.status, { error: error.body });
    console.error(`Stripe sandbox: ${method} ${path} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return json(500, { error: { type: "api_error", message: "The Stripe sandbox hit an internal error." } });
  } finally {
    scheduleDeliveries();
  }
}

function requestId() {
  return `req_${createHash("sha1").update(String(Math.random())).digest("hex").slice(0, 14)}`;
}

function json(status: number, body: unknown, extraHeaders: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "request-id": requestId(), ...extraHeaders },
  });
}
