import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, trimmed; undefined when absent or empty. */
export function param(params: SearchParams, key: string): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value.slice(0, 200) : undefined;
}

export function pageParam(params: SearchParams): number {
  const parsed = z.coerce.number().int().min(1).max(100_000).safeParse(param(params, "page"));
  return parsed.success ? parsed.data : 1;
}

/** A parameter that must be one of `allowed`; anything else is ignored rather than an error. */
export function oneOf<T extends string>(params: SearchParams, key: string, allowed: readonly T[]): T | undefined {
  const value = param(params, key);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
