import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { signInDevices } from "@/db/schema";
import { DEVICE_COOKIE, isDeviceId } from "@/lib/device/cookie";

// Browsers that have signed in to an account before. The device id is the HttpOnly cookie
// middleware.ts gives every browser; only its hash is stored, so the table cannot be used to
// impersonate a device.

/** The browser's device id from the request's cookies, when it carries a well-formed one. */
export function requestDeviceId(request: Request | undefined): string | undefined {
  for (const part of (request?.headers.get("cookie") ?? "").split(";")) {
    const [name, value] = part.trim().split("=", 2);
    if (name === DEVICE_COOKIE) return isDeviceId(value) ? value : undefined;
  }
  return undefined;
}

const hashed = (deviceId: string) => createHash("sha256").update(deviceId).digest("base64url");

export async function isKnownDevice(userId: string, deviceId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: signInDevices.userId })
    .from(signInDevices)
    .where(and(eq(signInDevices.userId, userId), eq(signInDevices.deviceHash, hashed(deviceId))));
  return rows.length > 0;
}

export async function rememberDevice(userId: string, deviceId: string, now = new Date()) {
  await db
    .insert(signInDevices)
    .values({ userId, deviceHash: hashed(deviceId), lastSignInAt: now })
    .onConflictDoUpdate({ target: [signInDevices.userId, signInDevices.deviceHash], set: { lastSignInAt: now } });
}
