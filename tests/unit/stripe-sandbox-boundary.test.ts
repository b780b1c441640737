import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The Stripe sandbox is a component (DESIGN.md, "The Stripe sandbox"): it may import its own
// files and packages, never the app. Whatever it needs from the app comes in through
// createStripeSandbox(options). This walks every import of every file in lib/stripe-sandbox.
const ROOT = resolve(__dirname, "../..");
const COMPONENT = join(ROOT, "lib/stripe-sandbox");
/** Packages the component may use; anything else (server-only, next, the app's aliases) is refused. */
const ALLOWED_PACKAGES = ["stripe", "zod", "drizzle-orm", "@libsql/client"];
/** The column helpers its tables share with the shop's schema: they import nothing but drizzle. */
const SHARED_COLUMNS = join(ROOT, "db/columns.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bimport\s[^"'`;]*?from\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bexport\s[^"'`;]*?from\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /\brequire\(\s*["']([^"']+)["']\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

function violation(file: string, specifier: string): string | null {
  if (specifier.startsWith(".")) {
    const target = resolve(dirname(file), specifier);
    if (target === COMPONENT || target.startsWith(COMPONENT + "/") || `${target}.ts` === SHARED_COLUMNS) return null;
    return `leaves the component (${relative(ROOT, target)})`;
  }
  if (specifier.startsWith("node:")) return null;
  if (specifier.startsWith("@/")) return "imports the app";
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
  return ALLOWED_PACKAGES.includes(name) ? null : `imports a package the component does not use (${name})`;
}

describe("the Stripe sandbox component", () => {
  it("lives in lib/stripe-sandbox and imports nothing from the rest of the app", () => {
    const files = sourceFiles(COMPONENT);
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(file, "utf8")).flatMap((specifier) => {
        const problem = violation(file, specifier);
        return problem ? [`${relative(ROOT, file)}: "${specifier}" ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("has one entry point that creates a sandbox from options", async () => {
    const entry = await import("@/lib/stripe-sandbox");
    expect(typeof entry.createStripeSandbox).toBe("function");
  });
});
