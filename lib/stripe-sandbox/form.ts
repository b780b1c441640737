/**
 * Decodes Stripe's form encoding (`metadata[orderId]=1&expand[0]=latest_charge&items[0][price]=p`)
 * into nested objects and arrays, the shape the real API sees.
 */
export type FormValue = string | FormObject | FormValue[];
export type FormObject = { [key: string]: FormValue };

export function decodeStripeForm(body: string): FormObject {
  const root: FormObject = {};
  if (!body) return root;
  for (const pair of body.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const rawKey = decodeURIComponent((eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, " "));
    const value = eq === -1 ? "" : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "));
    const path = parseKey(rawKey);
    if (path.length === 0) continue;
    assign(root, path, value);
  }
  return normaliseArrays(root) as FormObject;
}

function parseKey(key: string): string[] {
  const first = key.indexOf("[");
  if (first === -1) return [key];
  const path = [key.slice(0, first)];
  const re = /\[([^\]]*)\]/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(key.slice(first)))) path.push(match[1]);
  return path;
}

function assign(target: FormObject, path: string[], value: string) {
  let node: FormObject = target;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i] === "" ? String(Object.keys(node).length) : path[i];
    const next = node[segment];
    if (typeof next !== "object" || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as FormObject;
  }
  const last = path[path.length - 1];
  node[last === "" ? String(Object.keys(node).length) : last] = value;
}

/** Objects whose keys are exactly 0..n-1 become arrays (`expand[0]`, `items[1][price]`). */
function normaliseArrays(value: FormValue): FormValue {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(normaliseArrays);
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, normaliseArrays(value[key])] as const);
  if (keys.length > 0 && keys.every((key, index) => /^\d+$/.test(key) && Number(key) === index)) {
    return entries.map(([, v]) => v);
  }
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => normaliseArrays(value[String(k)]));
  }
  return Object.fromEntries(entries);
}
