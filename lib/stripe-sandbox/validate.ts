import { SandboxError } from "./errors";
import type { FormObject, FormValue } from "./form";
import generated from "./model.generated.json";
import type { ModelObject, ModelType, StripeSandboxModel } from "./model";

/**
 * Validates a request against the model generated from the `stripe` package's declarations
 * (scripts/stripe-sandbox-model.ts), answering what Stripe answers: unknown parameters, wrong types,
 * out-of-enum values, missing required parameters and invalid expands are 400s with Stripe's
 * `code` and `param`.
 */
export const sandboxModel = generated as unknown as StripeSandboxModel;

const CURRENCIES = new Set(Intl.supportedValuesOf("currency").map((code) => code.toLowerCase()));
const MAX_LOOKUP_KEYS = 10;

function fail(code: string, message: string, param: string): SandboxError {
  return new SandboxError(400, { type: "invalid_request_error", code, message, param });
}

export function validateRequest(endpoint: string, params: FormObject): void {
  const spec = sandboxModel.endpoints[endpoint];
  if (!spec) return;
  const error = checkObject(params, sandboxModel.types[spec.params], "");
  if (error) throw error;
  validateExpand(spec.returns, params.expand);
  const lookupKeys = params.lookup_keys;
  if (endpoint === "GET /v1/prices" && Array.isArray(lookupKeys) && lookupKeys.length > MAX_LOOKUP_KEYS) {
    throw fail("parameter_invalid_array", `Invalid array: lookup_keys can have at most ${MAX_LOOKUP_KEYS} elements.`, "lookup_keys");
  }
}

const paramName = (prefix: string, key: string) => (prefix ? `${prefix}[${key}]` : key);

function checkObject(value: FormValue, object: ModelObject | undefined, param: string): SandboxError | undefined {
  if (typeof value !== "object" || Array.isArray(value)) return fail("parameter_invalid_string", `Invalid object`, param);
  if (!object) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const name = paramName(param, key);
    const field = object.fields[key];
    if (!field) return fail("parameter_unknown", `Received unknown parameter: ${name}`, name);
    const error = checkValue(child, field.type, name);
    if (error) return error;
  }
  for (const [key, field] of Object.entries(object.fields)) {
    if (field.required && value[key] === undefined) {
      const name = paramName(param, key);
      return fail("parameter_missing", `Missing required param: ${name}.`, name);
    }
  }
  return undefined;
}

function checkValue(value: FormValue, type: ModelType, param: string): SandboxError | undefined {
  if (value === "") {
    if (type.emptyable) return undefined;
    if ("enum" in type && type.enum.includes("")) return undefined;
    if ("anyOf" in type && type.anyOf.some((variant) => "enum" in variant && variant.enum.includes(""))) return undefined;
    return fail(
      "parameter_invalid_empty",
      `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
      param,
    );
  }
  if ("anyOf" in type) {
    let first: SandboxError | undefined;
    for (const variant of type.anyOf) {
      const error = checkValue(value, variant, param);
      if (!error) return undefined;
      first ??= error;
    }
    return first;
  }
  if ("enum" in type) {
    if (typeof value === "string" && type.enum.map(String).includes(value)) return undefined;
    const choices = type.enum.map(String).filter((choice) => choice !== "");
    const list = choices.length > 1 ? `${choices.slice(0, -1).join(", ")}, or ${choices[choices.length - 1]}` : choices[0];
    return fail("parameter_invalid_string", `Invalid ${param}: must be one of ${list}`, param);
  }
  if ("ref" in type) return checkObject(value, sandboxModel.types[type.ref], param);
  if ("array" in type) {
    const items = Array.isArray(value) ? value : typeof value === "object" ? Object.values(value) : undefined;
    if (!items) return fail("parameter_invalid_string", `Invalid array`, param);
    for (const [index, item] of items.entries()) {
      const error = checkValue(item, type.array, `${param}[${index}]`);
      if (error) return error;
    }
    return undefined;
  }
  if ("map" in type) {
    if (typeof value !== "object" || Array.isArray(value)) return fail("parameter_invalid_string", `Invalid object`, param);
    for (const [key, item] of Object.entries(value)) {
      if (item === "") continue; // an empty value removes the key (metadata)
      const error = checkValue(item, type.map, `${param}[${key}]`);
      if (error) return error;
    }
    return undefined;
  }
  switch (type.type) {
    case "string":
      if (typeof value !== "string") return fail("parameter_invalid_string", `Invalid string: ${JSON.stringify(value)}`, param);
      if (/(^|\])currency$|^currency$/.test(param) && !CURRENCIES.has(value.toLowerCase())) {
        return fail("parameter_invalid_string", `Invalid currency: ${value}. Stripe currently supports these currencies: ISO 4217 codes in lowercase.`, param);
      }
      return undefined;
    case "number":
      if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return undefined;
      return fail("parameter_invalid_integer", `Invalid integer: ${typeof value === "string" ? value : JSON.stringify(value)}`, param);
    case "boolean":
      if (value === "true" || value === "false") return undefined;
      return fail("parameter_invalid_string", `Invalid boolean: ${typeof value === "string" ? value : JSON.stringify(value)}`, param);
    default:
      return undefined;
  }
}

/** `expand[]`: each path walks the response object's fields and ends on an expandable one. */
function validateExpand(returns: StripeSandboxModel["endpoints"][string]["returns"], expand: FormValue | undefined) {
  if (expand === undefined) return;
  const paths = Array.isArray(expand) ? expand : [expand];
  const roots = "list" in returns ? [] : Array.isArray(returns.object) ? returns.object : [returns.object];
  for (const [index, path] of paths.entries()) {
    if (typeof path !== "string") throw fail("parameter_invalid_string", "Invalid expand", `expand[${index}]`);
    const segments = path.split(".");
    if ("list" in returns) {
      if (segments[0] !== "data" || segments.length < 2 || !expandableFrom(returns.list, segments.slice(1))) throw invalidExpand(path, index);
    } else if (!roots.some((root) => expandableFrom(root, segments))) {
      throw invalidExpand(path, index);
    }
  }
}

function invalidExpand(path: string, index: number) {
  const field = path.split(".").pop() ?? path;
  return fail("parameter_invalid_string", `This property cannot be expanded (${field}).`, `expand[${index}]`);
}

function expandableFrom(typeName: string, segments: string[]): boolean {
  const object = sandboxModel.types[typeName];
  if (!object) return true; // beyond the model's depth: Stripe decides, the sandbox accepts
  const [head, ...rest] = segments;
  const field = object.fields[head];
  if (!field) return false;
  const expandable = object.expandable?.includes(head) ?? false;
  if (rest.length === 0) return expandable;
  if (expandable) return true; // the expanded object is its own endpoint's object
  const type = field.type;
  if ("ref" in type) {
    if (type.ref === "ApiList") return rest[0] === "data" && rest.length > 1;
    return expandableFrom(type.ref, rest);
  }
  return false;
}
