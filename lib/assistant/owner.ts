import "server-only";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth";
import { DEVICE_COOKIE, isDeviceId } from "@/lib/device/cookie";
import { clientIp } from "@/lib/quota";
import { threadOwner } from "./index";
import type { ThreadOwner } from "./threads";

export type AssistantVisitor = {
  user: Awaited<ReturnType<typeof currentUser>>;
  deviceId: string | null;
  ip: string;
  userAgent: string;
  /** Whose conversations this visitor sees: their account's, or their device's as a guest. */
  owner: ThreadOwner;
};

/** The visitor of the current page or server action, identified the way `POST /api/assistant` does. */
export async function currentAssistantVisitor(): Promise<AssistantVisitor> {
  const [user, cookieStore, headerList] = await Promise.all([currentUser(), cookies(), headers()]);
  const device = cookieStore.get(DEVICE_COOKIE)?.value;
  const deviceId = isDeviceId(device) ? device : null;
  const ip = clientIp(headerList);
  const userAgent = headerList.get("user-agent") ?? "";
  return { user, deviceId, ip, userAgent, owner: threadOwner({ user: user ? { id: user.id } : null, deviceId, ip, userAgent }) };
}
