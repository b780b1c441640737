import type { ModelType, StripeSandboxModel } from "./model";
import { sandboxModel } from "./validate";

/**
 * Stripe always sends every field its declarations mark as present, with null (or an empty list)
 * for features an account does not use. The sandbox emulates a subset, so before answering it
 * completes each object from the generated model: a missing field that may be null is null, a
 * missing list is empty. Fields that need a real value are set by the resources themselves.
 */
export function completeResponse<T>(endpoint: string, body: T): T {
  const spec = sandboxModel.endpoints[endpoint];
  if (!spec || !isObject(body)) return body;
  const copy = structuredClone(body) as Record<string, unknown>;
  const returns = spec.returns;
  if ("list" in returns) {
    if (Array.isArray(copy.data)) copy.data.forEach((item) => complete({ ref: returns.list }, item));
  } else {
    const roots = Array.isArray(returns.object) ? returns.object : [returns.object];
    complete({ ref: typeNameOf(copy) ?? roots[0] }, copy);
  }
  return copy as T;
}

/** An object not answered by an endpoint (an event's data.object), by its `object` field. */
export function completeObject<T>(body: T): T {
  if (!isObject(body)) return body;
  const copy = structuredClone(body) as Record<string, unknown>;
  const typeName = typeNameOf(copy);
  if (typeName) complete({ ref: typeName }, copy);
  return copy as T;
}

function complete(type: ModelType, value: unknown): void {
  if (value === null || value === undefined) return;
  if ("array" in type) {
    if (Array.isArray(value)) value.forEach((item) => complete(type.array, item));
    return;
  }
  if ("map" in type) {
    if (isObject(value)) Object.values(value).forEach((item) => complete(type.map, item));
    return;
  }
  if (!isObject(value)) return;
  if (!("ref" in type) || type.ref === "ApiList") {
    // An expanded field, a list or an untyped object: complete what it says it is.
    if (Array.isArray(value.data)) value.data.forEach((item) => completeNested(item));
    else if ("anyOf" in type) {
      const variant = type.anyOf.find((option) => "ref" in option && objectEnum(option.ref)?.includes(String(value.object)));
      if (variant) complete(variant, value);
      else completeNested(value);
    } else completeNested(value);
    return;
  }
  const object = sandboxModel.types[type.ref];
  if (!object) return;
  for (const [key, field] of Object.entries(object.fields)) {
    if (value[key] === undefined) {
      if (field.required && field.type.nullable) value[key] = null;
      else if (field.required && "array" in field.type) value[key] = [];
    } else {
      complete(field.type, value[key]);
    }
  }
}

function completeNested(value: unknown) {
  const typeName = typeNameOf(value);
  if (typeName) complete({ ref: typeName }, value);
}

/**
 * Checks a sandbox answer against the response model generated from the `stripe` package's
 * declarations: every field Stripe declares as always present is there, and every field has the
 * declared type (null only where Stripe allows it). Returns one line per problem, `[]` when the
 * answer could have come from Stripe.
 */
export function responseProblems(endpoint: string, body: unknown): string[] {
  const spec = sandboxModel.endpoints[endpoint];
  if (!spec) return [`${endpoint}: not in the generated model`];
  const problems: string[] = [];
  checkReturns(spec.returns, body, endpoint, problems);
  return problems;
}

/** A Stripe object found anywhere (an event's data.object, say), by its `object` field. */
export function objectProblems(body: unknown, where = "object"): string[] {
  const problems: string[] = [];
  const typeName = typeNameOf(body);
  if (!typeName) return [`${where}: no model for object ${JSON.stringify((body as { object?: unknown } | null)?.object)}`];
  checkType({ ref: typeName }, body, where, problems);
  return problems;
}

function checkReturns(returns: StripeSandboxModel["endpoints"][string]["returns"], body: unknown, where: string, problems: string[]) {
  if ("list" in returns) {
    if (!isObject(body) || body.object !== "list" || !Array.isArray(body.data) || typeof body.has_more !== "boolean" || typeof body.url !== "string") {
      problems.push(`${where}: not a list object (object, data, has_more, url)`);
      return;
    }
    body.data.forEach((item, index) => checkType({ ref: returns.list }, item, `${where} data[${index}]`, problems));
    return;
  }
  const roots = Array.isArray(returns.object) ? returns.object : [returns.object];
  const deleted = isObject(body) && body.deleted === true;
  const matching = roots.find((root) => root.startsWith("Deleted") === deleted && objectEnum(root)?.includes(String((body as { object?: unknown })?.object)));
  const attempts = (matching ? [matching] : roots).map((root) => {
    const found: string[] = [];
    checkType({ ref: root }, body, where, found);
    return found;
  });
  const best = attempts.reduce((fewest, found) => (found.length < fewest.length ? found : fewest));
  problems.push(...best);
}

function checkType(type: ModelType, value: unknown, where: string, problems: string[]) {
  if (value === null) {
    if (!type.nullable) problems.push(`${where}: null, but Stripe never answers null here`);
    return;
  }
  if ("anyOf" in type) {
    const attempts = type.anyOf.map((variant) => {
      const found: string[] = [];
      checkType(variant, value, where, found);
      return found;
    });
    if (attempts.some((found) => found.length === 0)) return;
    problems.push(...attempts.reduce((fewest, found) => (found.length < fewest.length ? found : fewest)));
    return;
  }
  if ("enum" in type) {
    if (!type.enum.includes(value as string | number | boolean)) problems.push(`${where}: ${JSON.stringify(value)} is not one of ${type.enum.join(", ")}`);
    return;
  }
  if ("array" in type) {
    if (!Array.isArray(value)) problems.push(`${where}: expected an array`);
    else value.forEach((item, index) => checkType(type.array, item, `${where}[${index}]`, problems));
    return;
  }
  if ("map" in type) {
    if (!isObject(value)) problems.push(`${where}: expected an object`);
    else for (const [key, item] of Object.entries(value)) checkType(type.map, item, `${where}.${key}`, problems);
    return;
  }
  if ("ref" in type) {
    if (type.ref === "ApiList") {
      if (!isObject(value) || value.object !== "list" || !Array.isArray(value.data)) problems.push(`${where}: expected a list object`);
      else value.data.forEach((item, index) => typeNameOf(item) && problems.push(...objectProblems(item, `${where}.data[${index}]`)));
      return;
    }
    const object = sandboxModel.types[type.ref];
    if (!object) return; // beyond the generated depth
    if (!isObject(value)) {
      problems.push(`${where}: expected ${type.ref}`);
      return;
    }
    for (const [key, field] of Object.entries(object.fields)) {
      const child = value[key];
      if (child === undefined) {
        if (field.required) problems.push(`${where}.${key}: missing (${type.ref} always has it)`);
        continue;
      }
      checkType(field.type, child, `${where}.${key}`, problems);
    }
    return;
  }
  switch (type.type) {
    case "string":
    case "number":
    case "boolean":
      if (typeof value !== type.type) problems.push(`${where}: expected a ${type.type}, got ${JSON.stringify(value)}`);
      return;
    case "object":
      if (!isObject(value)) problems.push(`${where}: expected an object`);
      return;
    default:
      return;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectEnum(typeName: string): string[] | undefined {
  const type = sandboxModel.types[typeName]?.fields.object?.type;
  return type && "enum" in type ? type.enum.map(String) : undefined;
}

const typesByObject = new Map<string, string>();

function typeNameOf(body: unknown): string | undefined {
  if (!isObject(body) || typeof body.object !== "string") return undefined;
  if (typesByObject.size === 0) {
    for (const name of Object.keys(sandboxModel.types)) {
      if (name.includes(".") || name.startsWith("params:") || name.startsWith("Deleted")) continue;
      for (const value of objectEnum(name) ?? []) if (!typesByObject.has(value)) typesByObject.set(value, name);
    }
  }
  const name = typesByObject.get(body.object);
  return body.deleted === true ? (sandboxModel.types[`Deleted${name}`] ? `Deleted${name}` : name) : name;
}
