import autocannon from "autocannon";
import { createClient } from "@libsql/client";
import { prepare, stripeSignature } from "./webhook";
import { BENCH_WEBHOOK_SECRET, processCpuMs, signedDeliveries } from "./support";
const baseUrl = process.env.PROF_URL!; const pid = Number(process.env.PROF_PID);
async function main() {
  const db = createClient({ url: process.env.PROF_DB!, timeout: 10_000 });
  const batch = await prepare(db, Date.now().toString(36));
  const succ = new Set(batch.succeededIds);
  const sign = (e: { payload: string }) => ({ payload: e.payload, signature: stripeSignature(e.payload, BENCH_WEBHOOK_SECRET) });
  const evIds = batch.events.map((e) => JSON.parse(e.payload).id as string);
  const ignored = batch.events.filter((_, i) => !succ.has(evIds[i])).map(sign);
  const succeeded = batch.events.filter((_, i) => succ.has(evIds[i])).map(sign);
  const run = async (label: string, opts: autocannon.Options) => {
    const b = processCpuMs(pid)!; const r = await autocannon(opts); const a = processCpuMs(pid)!;
    console.log(label, Math.round(r.requests.total / r.duration), "req/s", ((a - b) / r.requests.total).toFixed(2), "cpu ms/req", "non2xx", r.non2xx);
  };
  const amount = Number(process.env.AMOUNT ?? 1500);
  if (process.env.ONLY) {
    const list = process.env.ONLY === "succeeded" ? succeeded : ignored;
    await run(process.env.ONLY, { url: `${baseUrl}/api/webhooks/stripe`, connections: 50, amount: list.length, requests: signedDeliveries(list) });
    db.close(); return;
  }
  await run("health", { url: `${baseUrl}/api/health`, connections: 50, amount });
  await run("ignored", { url: `${baseUrl}/api/webhooks/stripe`, connections: 50, amount: Math.min(amount, ignored.length), requests: signedDeliveries(ignored) });
  await run("succeeded", { url: `${baseUrl}/api/webhooks/stripe`, connections: 50, amount: Math.min(amount, succeeded.length), requests: signedDeliveries(succeeded) });
  await run("duplicates", { url: `${baseUrl}/api/webhooks/stripe`, connections: 50, amount: Math.min(amount, succeeded.length), requests: signedDeliveries(succeeded) });
  await run("health", { url: `${baseUrl}/api/health`, connections: 50, amount });
  db.close();
}
main().then(() => process.exit(0));
