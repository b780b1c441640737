import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mainPort } from "./support/extra-server";

// No container runtime here, so the Dockerfile is checked against the build this suite runs: each
// path its runtime stage copies exists, lands where `npm run start:standalone` puts it (the layout
// the whole suite was served from), and its HEALTHCHECK passes against the running server.
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = join(distDir, "standalone");

/** The Dockerfile's instructions, one per entry, with `\` continuations joined. */
function instructions(): string[] {
  return readFileSync("Dockerfile", "utf8")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

function runtimeStage(): string[] {
  const all = instructions();
  const start = all.findIndex((line) => /^FROM .* AS runtime$/i.test(line));
  expect(start, "the Dockerfile has a runtime stage").toBeGreaterThan(0);
  return all.slice(start);
}

/** Build-stage paths (/app/…) as paths in this checkout, where the e2e build's NEXT_DIST_DIR may differ. */
const inCheckout = (path: string) => path.replace(/^\/app\//, "").replace(/^\.next(?=\/|$)/, distDir).replace(/\/$/, "");
/** Runtime paths (relative to WORKDIR /app, which holds server.js) as paths in the standalone folder. */
const inStandalone = (path: string) => join(standalone, path.replace(/^\.\/?/, "").replace(/^\.next(?=\/|$)/, distDir));

test("every path the Dockerfile's runtime stage copies exists after the build, where the standalone server runs it", () => {
  const copies = runtimeStage()
    .filter((line) => line.startsWith("COPY "))
    .map((line) => line.split(/\s+/).slice(1).filter((word) => !word.startsWith("--")));
  expect(runtimeStage().filter((line) => line.startsWith("COPY ")).every((line) => line.includes("--from=build"))).toBe(true);
  expect(copies.length).toBeGreaterThanOrEqual(4);
  for (const [source, destination] of copies) {
    const from = inCheckout(source);
    expect(existsSync(from), `${source} exists after the build`).toBe(true);
    const to = inStandalone(destination);
    for (const entry of readdirSync(from)) expect(existsSync(join(to, entry)), `${from}/${entry} is at ${to}`).toBe(true);
  }
  const copied = copies.map(([source]) => inCheckout(source));
  for (const needed of [standalone, join(distDir, "static"), "public", "db/migrations"]) expect(copied).toContain(needed);
  expect(existsSync(inStandalone("server.js"))).toBe(true);
});

test("the runtime image runs server.js as a non-root user with the database on a volume", () => {
  const stage = runtimeStage();
  expect(stage[0]).toMatch(/^FROM node:20-slim AS runtime$/);
  expect(stage).toContain('CMD ["node", "server.js"]');
  expect(stage.find((line) => line.startsWith("USER "))).toBe("USER node");
  expect(stage).toContain("VOLUME /data");
  expect(stage.join("\n")).toContain("DATABASE_URL=file:/data/beyond-earth.db");
});

test("the Dockerfile's HEALTHCHECK passes against the running standalone server", () => {
  const healthcheck = runtimeStage().find((line) => line.startsWith("HEALTHCHECK "));
  expect(healthcheck).toBeDefined();
  const command = JSON.parse(healthcheck!.slice(healthcheck!.indexOf("CMD ") + 4)) as string[];
  expect(command[0]).toBe("node");
  // Throws (failing the test) when the command exits non-zero, as Docker would mark the container unhealthy.
  execFileSync(process.execPath, command.slice(1), { env: { ...process.env, PORT: String(mainPort) }, timeout: 20_000 });
  expect(() =>
    execFileSync(process.execPath, command.slice(1), { env: { ...process.env, PORT: String(mainPort + 9) }, timeout: 20_000, stdio: "ignore" }),
  ).toThrow();
});
