import type { FormObject } from "./form";

/** One request as a sandbox resource sees it: decoded params, path params, the sandbox clock. */
export type SandboxRequest = {
  method: string;
  path: string;
  params: FormObject;
  pathParams: Record<string, string>;
  /** Sandbox time in ms (see clock.ts). */
  now: number;
};

export type SandboxRoute = {
  method: "GET" | "POST" | "DELETE";
  /** `/v1/payment_intents/:id/confirm` */
  path: string;
  handler: (request: SandboxRequest) => Promise<unknown>;
};

/** Work the sandbox clock says is due (billing's renewals, retries, expiries), run at a request's time. */
export type DueWork = (now: number) => Promise<unknown>;

/** The routes, each running the due work first, so what fell due by the request's time has happened. */
export function afterDueWork(processDue: DueWork, routes: SandboxRoute[]): SandboxRoute[] {
  return routes.map((route) => ({
    ...route,
    handler: async (request) => {
      await processDue(request.now);
      return route.handler(request);
    },
  }));
}

export function matchRoute(routes: SandboxRoute[], method: string, path: string) {
  const segments = path.split("/").filter(Boolean);
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.path.split("/").filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const pathParams: Record<string, string> = {};
    const matched = pattern.every((part, index) => {
      if (part.startsWith(":")) {
        pathParams[part.slice(1)] = decodeURIComponent(segments[index]);
        return true;
      }
      return part === segments[index];
    });
    if (matched) return { route, pathParams };
  }
  return undefined;
}

/** Reads `expand[]` the way the resources need it. */
export function expansions(params: FormObject): string[] {
  const expand = params.expand;
  if (Array.isArray(expand)) return expand.filter((value): value is string => typeof value === "string");
  return typeof expand === "string" ? [expand] : [];
}

/** The `expand[]` paths under `data.` of a list request, as they apply to each listed object. */
export function listExpansions(params: FormObject): string[] {
  return expansions(params)
    .filter((path) => path.startsWith("data."))
    .map((path) => path.slice("data.".length));
}

export function stringParam(params: FormObject, name: string): string | undefined {
  const value = params[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function objectParam(params: FormObject, name: string): FormObject | undefined {
  const value = params[name];
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}

/** Metadata is string to string; an empty string removes a key, as on Stripe. */
export function mergeMetadata(current: Record<string, string> | undefined, update: FormObject | undefined): Record<string, string> {
  const merged = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(update ?? {})) {
    if (typeof value !== "string") continue;
    if (value === "") delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
