import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The bytes of every file under `dir`: what a run wrote there is the difference of two calls. */
export function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}
