/** Errors shaped like Stripe's, so the SDK raises its own typed errors (StripeCardError, …). */
export type StripeErrorBody = {
  type: "card_error" | "invalid_request_error" | "idempotency_error" | "api_error";
  code?: string;
  decline_code?: string;
  message: string;
  param?: string;
  payment_intent?: Record<string, unknown>;
  [key: string]: unknown;
};

export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
    this.name = "SandboxError";
  }
}

export function invalidRequest(message: string, param?: string, code = "parameter_invalid"): SandboxError {
  return new SandboxError(400, { type: "invalid_request_error", code, message, param });
}

export function missingParam(param: string): SandboxError {
  return new SandboxError(400, { type: "invalid_request_error", code: "parameter_missing", message: `Missing required param: ${param}.`, param });
}

export function resourceMissing(kind: string, id: string, param = "id"): SandboxError {
  return new SandboxError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${kind}: '${id}'`,
    param,
  });
}

export function unexpectedState(message: string, code = "payment_intent_unexpected_state"): SandboxError {
  return new SandboxError(400, { type: "invalid_request_error", code, message });
}
