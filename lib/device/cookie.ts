/** Edge-safe: the device-id cookie that `middleware.ts` sets and the assistant quota reads. */
export const DEVICE_COOKIE = "be_device";
export const DEVICE_COOKIE_MAX_AGE = 60 * 60 * 24 * 400;

const DEVICE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isDeviceId(value: string | undefined): value is string {
  return typeof value === "string" && DEVICE_ID.test(value);
}

/** The header the assistant page sends the browser's FingerprintJS visitor id in. */
export const DEVICE_HINT_HEADER = "x-device-hint";
