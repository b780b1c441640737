import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth";
import { handleAssistantRequest } from "@/lib/assistant";
import { internalError } from "@/lib/assistant/errors";
import { newCartId } from "@/lib/cart";
import { readCartId, setCartCookie } from "@/lib/cart/cookie";
import { DEVICE_COOKIE, isDeviceId } from "@/lib/device/cookie";
import { DEVICE_HINT_HEADER } from "@/lib/device/cookie";
import { clientIp } from "@/lib/quota";
import { logger } from "@/lib/observability/logger";

export const dynamic = "force-dynamic";

/**
 * The visitor's cart id, fixed before the reply streams (cookies cannot be set after that). No row
 * is written here: adding to a cart creates it, so a question that adds nothing costs no write.
 */
async function cartIdForReply(): Promise<string> {
  const existing = await readCartId();
  if (existing) return existing;
  const id = newCartId();
  await setCartCookie(id);
  return id;
}

/** The streamed recipe assistant. Everything but reading the request's identity lives in lib/assistant. */
export async function POST(request: Request) {
  let user: Awaited<ReturnType<typeof currentUser>>;
  let device: string | undefined;
  try {
    [user, device] = await Promise.all([currentUser(), cookies().then((store) => store.get(DEVICE_COOKIE)?.value)]);
  } catch (error) {
    logger().error({ err: error }, "[assistant] could not read the session");
    return internalError().toResponse();
  }
  return handleAssistantRequest({
    request,
    user: user ? { id: user.id } : null,
    deviceId: isDeviceId(device) ? device : null,
    deviceHint: request.headers.get(DEVICE_HINT_HEADER),
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent") ?? "",
    cartId: cartIdForReply,
  });
}
