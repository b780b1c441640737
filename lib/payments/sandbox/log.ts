/**
 * Where the sandbox reports its own failures. The sandbox imports nothing of the app, so the app
 * hands it its logger (lib/payments/stripe.ts); on its own it writes to stderr.
 */
export type SandboxLog = (message: string) => void;

let log: SandboxLog = (message) => console.error(message);

export function setSandboxLog(next: SandboxLog) {
  log = next;
}

export function sandboxLog(message: string) {
  log(message);
}
