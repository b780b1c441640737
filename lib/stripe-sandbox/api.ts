import { eq } from "drizzle-orm";
import { createHash } from "node:crypto";
import { context, db } from "./context";
import { sandboxIdempotency } from "./tables";
import { sandboxNow } from "./clock";
import { scheduleDeliveries } from "./events";
import { decodeStripeForm } from "./form";
import { SandboxError } from "./errors";
import { matchRoute } from "./router";
import { sandboxRoutes } from "./resources";
import { completeResponse } from "./responses";
import { validateRequest } from "./validate";

/**
 * The built-in Stripe sandbox: an in-process emulator of the part of Stripe's REST API this shop
 * uses, plugged into the official SDK with `Stripe.createFetchHttpClient(sandbox.fetch)`. It speaks
 * Stripe's form encoding and JSON, Stripe's errors and `Idempotency-Key` rules, and keeps its
 * objects in the database so every process sees the same state.
 */
export async function sandboxFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  const method = (init.method ?? "GET").toUpperCase();
  const headers = new Headers(init.headers as HeadersInit | undefined);
  const rawBody = typeof init.body === "string" ? init.body : "";
  const params = decodeStripeForm(method === "GET" || method === "DELETE" ? url.search.slice(1) : rawBody);

  const keyProblem = apiKeyProblem(headers.get("authorization"));
  if (keyProblem) return json(401, { error: { type: "invalid_request_error", message: keyProblem } });

  const idempotencyKey = method === "POST" ? headers.get("idempotency-key") : null;
  if (idempotencyKey) return idempotent(idempotencyKey, method, url.pathname, rawBody, params);
  return dispatch(method, url.pathname, params);
}

/** Requests left "in progress" longer than this were abandoned by a crashed process. */
const ABANDONED_AFTER_MS = 60_000;

/**
 * Stripe's idempotency rules: the key is claimed before the request runs, so of two concurrent
 * requests with one key only the first runs, and the other waits for its answer (what Stripe's
 * SDKs get by retrying Stripe's 409; the sandbox client makes no retries); later requests with the
 * same parameters replay the saved answer, and other parameters are refused with 400.
 */
async function idempotent(key: string, method: string, path: string, rawBody: string, params: ReturnType<typeof decodeStripeForm>): Promise<Response> {
  const requestHash = createHash("sha256").update(`${method} ${path}\n${rawBody}`).digest("hex");
  const [claimed] = await db
    .insert(sandboxIdempotency)
    .values({ key, requestHash, statusCode: IN_PROGRESS, responseBody: "" })
    .onConflictDoNothing()
    .returning({ key: sandboxIdempotency.key });
  if (!claimed) {
    const previous = await settledAnswer(key);
    if (previous.requestHash !== requestHash) {
      return json(400, {
        error: {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        },
      });
    }
    if (previous.statusCode !== IN_PROGRESS) {
      return new Response(previous.responseBody, {
        status: previous.statusCode,
        headers: { "content-type": "application/json", "request-id": requestId(), "idempotent-replayed": "true" },
      });
    }
    if (Date.now() - previous.createdAt.getTime() < ABANDONED_AFTER_MS) {
      return json(409, {
        error: {
          type: "idempotency_error",
          message: "There is currently another in-progress request using this Stripe API key and idempotency key. Please try again later.",
        },
      });
    }
  }
  const response = await dispatch(method, path, params);
  await db
    .update(sandboxIdempotency)
    .set({ statusCode: response.status, responseBody: await response.clone().text() })
    .where(eq(sandboxIdempotency.key, key));
  return response;
}

async function dispatch(method: string, path: string, params: ReturnType<typeof decodeStripeForm>): Promise<Response> {
  const match = matchRoute(sandboxRoutes, method, path);
  if (!match) {
    return json(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}). The Stripe sandbox does not emulate this endpoint.` },
    });
  }
  try {
    validateRequest(`${method} ${match.route.path}`, params);
    const endpoint = `${method} ${match.route.path}`;
    const result = await match.route.handler({ method, path, params, pathParams: match.pathParams, now: await sandboxNow() });
    return json(200, completeResponse(endpoint, result));
  } catch (error) {
    if (error instanceof SandboxError) return json(error.status, { error: error.body });
    context().logger.error(`Stripe sandbox: ${method} ${path} failed: ${error instanceof Error ? error.stack : String(error)}`);
    return json(500, { error: { type: "api_error", message: "The Stripe sandbox hit an internal error." } });
  } finally {
    scheduleDeliveries();
  }
}

const IN_PROGRESS = 0;
const WAIT_FOR_ANSWER_MS = 10_000;

/** The saved row for `key`, once the request that claimed it has answered (or the wait ran out). */
async function settledAnswer(key: string) {
  const deadline = Date.now() + WAIT_FOR_ANSWER_MS;
  for (;;) {
    const [row] = await db.select().from(sandboxIdempotency).where(eq(sandboxIdempotency.key, key));
    if (row.statusCode !== IN_PROGRESS || Date.now() > deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, 15));
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

/**
 * Like stripe-mock, any test-mode secret key is accepted (`Bearer sk_test_…`, or curl's
 * `-u sk_test_…:`); a missing or live key is refused with Stripe's 401.
 */
function apiKeyProblem(authorization: string | null): string | null {
  if (!authorization) {
    return "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";
  }
  const [scheme, credentials = ""] = authorization.split(" ", 2);
  const key = /^basic$/i.test(scheme) ? Buffer.from(credentials, "base64").toString("utf8").split(":")[0] : /^bearer$/i.test(scheme) ? credentials : "";
  if (/^(sk|rk)_test_\w+$/.test(key)) return null;
  const shown = key.length > 8 ? `${key.slice(0, 8)}${"*".repeat(Math.min(key.length - 8, 20))}` : key;
  return `Invalid API Key provided: ${shown}. The Stripe sandbox accepts any test-mode secret key (sk_test_…).`;
}
