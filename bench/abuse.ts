import { createRequire } from "node:module";
import { join } from "node:path";
import { benchEnv, reportToParent, runServerChild, ROOT, seedDatabase, startServer, tempDir, type Section } from "./support";
import { bytesUnder } from "../tests/support/disk";

/**
 * The abuse figures of issue 11, measured against the production build:
 * - free assistant answers a client gets from one address while rotating cookies, User-Agent,
 *   X-Forwarded-For and the fingerprint hint, in a 10-second burst and in the rest of the day;
 * - password guesses evaluated per account in one 15-minute window, from one address rotating
 *   X-Forwarded-For, from a parallel burst, and from many real addresses (counted in a child process
 *   by counting bcrypt comparisons);
 * - bytes written to the server's cache by 1,000 requests with random category, tag, page and slug.
 * Runs on a server of its own, so the free uses it spends are not missing from the other sections.
 */

const FREE_TARGET = 9;
const GUESS_TARGET_PER_IP = 5;
const DISK_TARGET_BYTES = 100_000;
const MARKER = "BENCH_ABUSE_RESULT ";

const random = () => Math.random().toString(36).slice(2, 10);
const randomIp = () => `${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const randomHint = () => Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join("");

/** One question as a fresh browser would send it, with nothing that ties it to the last one but the address. */
async function askAsStranger(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/assistant`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: baseUrl,
      "user-agent": `Mozilla/5.0 (Bench ${random()})`,
      "x-forwarded-for": randomIp(),
      "x-device-hint": randomHint(),
    },
    body: JSON.stringify({ message: { role: "user", parts: [{ type: "text", text: "What can I cook with lentils?" }] } }),
  });
  await response.text();
  return response.status === 200;
}

async function freeAnswers(baseUrl: string) {
  let burst = 0;
  let burstRequests = 0;
  const end = Date.now() + 10_000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (Date.now() < end) {
        burstRequests += 1;
        if (await askAsStranger(baseUrl)) burst += 1;
      }
    }),
  );
  // The network's window is 24 hours: whatever else the client sends that day lands in it.
  let later = 0;
  const laterRequests = 500;
  for (let i = 0; i < laterRequests; i++) if (await askAsStranger(baseUrl)) later += 1;
  return { burst, burstRequests, later, laterRequests, day: burst + later };
}

async function diskWritten(baseUrl: string, distDir: string) {
  const cacheDir = join(ROOT, distDir);
  const before = bytesUnder(cacheDir);
  const addresses = Array.from({ length: 250 }, () => [
    `/shop?category=${random()}`,
    `/shop?tag=${random()}&sort=price-asc`,
    `/shop?category=pantry&page=${900 + Math.floor(Math.random() * 99)}`,
    `/shop/${random()}-${random()}`,
  ]).flat();
  let serverErrors = 0;
  const get = async (address: string) => {
    const response = await fetch(`${baseUrl}${address}`, { redirect: "manual" });
    await response.arrayBuffer();
    if (response.status >= 500) serverErrors += 1;
  };
  for (const address of addresses) await get(address);
  const bytes = bytesUnder(cacheDir) - before;
  // The control: real views not rendered before are stored, so the measure does see writes.
  for (const address of ["/shop?category=pantry&tag=vegan", "/shop?category=bakery&sort=price-desc", "/shop?tag=organic&sort=name"]) await get(address);
  return { requests: addresses.length, bytes, controlBytes: bytesUnder(cacheDir) - before - bytes, serverErrors };
}

type GuessResults = { rotatingForwardedFor: number; parallelBurst: number; manyAddresses: number; ownerLockedOut: boolean; attempts: number };

export const abuseSection: Section = {
  name: "abuse",
  description: "free answers, password guesses and cache writes an abusive client gets",
  usesServer: true,
  async run(context) {
    const { distDir } = await context.server();
    const databaseUrl = `file:${join(tempDir("beyond-earth-bench-abuse-"), "abuse.db")}`;
    seedDatabase(databaseUrl);
    const server = await startServer(databaseUrl);
    const free = await freeAnswers(server.baseUrl);
    const disk = await diskWritten(server.baseUrl, distDir);
    const dir = tempDir("beyond-earth-bench-guesses-");
    const guesses = (await runServerChild("abuse.ts", { ...benchEnv(`file:${join(dir, "guesses.db")}`), BENCH_ABUSE_CHILD: "1" }, MARKER, { reactServer: false })) as GuessResults;
    return {
      rows: [
        { section: "abuse", metric: `free answers, rotating client, 10 s burst (${free.burstRequests} requests)`, value: free.burst, unit: "answers", target: `≤ ${FREE_TARGET}`, ok: free.burst <= FREE_TARGET },
        { section: "abuse", metric: `free answers, rotating client, the day (+${free.laterRequests} requests)`, value: free.day, unit: "answers", target: `≤ ${FREE_TARGET}`, ok: free.day <= FREE_TARGET },
        { section: "abuse", metric: `guesses evaluated, one address rotating X-Forwarded-For (${guesses.attempts} tries)`, value: guesses.rotatingForwardedFor, unit: "guesses", target: `≤ ${GUESS_TARGET_PER_IP}`, ok: guesses.rotatingForwardedFor <= GUESS_TARGET_PER_IP },
        { section: "abuse", metric: "guesses evaluated, 30 at once from one address", value: guesses.parallelBurst, unit: "guesses", target: `≤ ${GUESS_TARGET_PER_IP}`, ok: guesses.parallelBurst <= GUESS_TARGET_PER_IP },
        { section: "abuse", metric: `guesses evaluated, ${guesses.attempts} addresses (per account ceiling)`, value: guesses.manyAddresses, unit: "guesses", target: "≤ 20", ok: guesses.manyAddresses <= 20 },
        { section: "abuse", metric: "owner on their own device locked out after those guesses", value: guesses.ownerLockedOut ? 1 : 0, unit: "", target: "0", ok: !guesses.ownerLockedOut },
        { section: "abuse", metric: `cache bytes written by ${disk.requests} random filter/slug requests`, value: disk.bytes, unit: "bytes", target: `< ${DISK_TARGET_BYTES.toLocaleString("en-US")}`, ok: disk.bytes < DISK_TARGET_BYTES && disk.serverErrors === 0 },
        { section: "abuse", metric: "cache bytes written by 3 real views (control)", value: disk.controlBytes, unit: "bytes", target: "> 0", ok: disk.controlBytes > 0 },
      ],
      results: { free, disk, guesses },
    };
  },
};

/** In a child process: the sign-in function itself, with its password checks counted. */
async function runChild(): Promise<GuessResults> {
  const { runMigrations } = await import("@/db/migrate");
  // The very module object lib/auth/password.ts was given (an `import` here could load bcryptjs's
  // other build, whose functions the sign-in never calls).
  const bcrypt = createRequire(join(ROOT, "lib", "auth", "password.ts"))("bcryptjs") as typeof import("bcryptjs");
  const { authorizeCredentials } = await import("@/lib/auth/credentials");
  const { registerUser } = await import("@/lib/auth/registration");
  const { DEVICE_COOKIE } = await import("@/lib/device/cookie");
  await runMigrations();

  let checks = 0;
  const compare = bcrypt.compare.bind(bcrypt);
  (bcrypt as { compare: typeof compare }).compare = ((...args: Parameters<typeof compare>) => {
    checks += 1;
    return compare(...args);
  }) as typeof compare;

  const attempts = 60;
  const attempt = (email: string, password: string, peer: string, device = crypto.randomUUID(), forwardedFor = randomIp()) =>
    authorizeCredentials(
      { email, password },
      new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-beyond-earth-peer": peer, "x-forwarded-for": forwardedFor, cookie: `${DEVICE_COOKIE}=${device}` } }),
    ).then(
      () => true,
      () => false,
    );
  const counted = async (run: () => Promise<unknown>) => {
    checks = 0;
    await run();
    return checks;
  };
  const account = async (label: string) => {
    const email = `${label}-${random()}@bench.example`;
    const password = "quiet harbour lantern";
    await registerUser({ email, password });
    return { email, password };
  };

  const rotating = await account("rotating");
  const rotatingForwardedFor = await counted(async () => {
    for (let i = 0; i < attempts; i++) await attempt(rotating.email, `guess ${i}`, "203.0.113.7");
  });
  const burst = await account("burst");
  const parallelBurst = await counted(() => Promise.all(Array.from({ length: 30 }, (_, i) => attempt(burst.email, `guess ${i}`, "203.0.113.8"))));
  const owner = await account("owner");
  const laptop = crypto.randomUUID();
  await attempt(owner.email, owner.password, "192.0.2.1", laptop);
  const manyAddresses = await counted(async () => {
    for (let i = 0; i < attempts; i++) await attempt(owner.email, `guess ${i}`, randomIp());
  });
  const ownerLockedOut = !(await attempt(owner.email, owner.password, "192.0.2.2", laptop));
  return { rotatingForwardedFor, parallelBurst, manyAddresses, ownerLockedOut, attempts };
}

if (process.env.BENCH_ABUSE_CHILD === "1") {
  reportToParent(MARKER, runChild);
}
