import { DEVICE_HINT_HEADER } from "@/lib/device/cookie";

let pending: Promise<string | null> | undefined;

/**
 * The browser fingerprint (screen, platform, timezone, fonts, canvas…) from
 * `@fingerprintjs/fingerprintjs`, computed once per page in the browser. The server takes it as a
 * hint beside the device cookie, never as proof. `monitoring: false`: the library sends nothing anywhere.
 */
export function deviceHint(): Promise<string | null> {
  pending ??= import("@fingerprintjs/fingerprintjs")
    .then((FingerprintJS) => FingerprintJS.load({ monitoring: false }))
    .then((agent) => agent.get())
    .then((result) => result.visitorId)
    .catch(() => null);
  return pending;
}

/** `init` with the fingerprint header added, for the assistant's requests. */
export async function withDeviceHint(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  const hint = await deviceHint();
  if (!hint) return init;
  const headers = new Headers(init?.headers);
  headers.set(DEVICE_HINT_HEADER, hint);
  return { ...init, headers };
}
