import { currentUser } from "@/lib/auth";
import { cartCount } from "@/lib/cart";
import { readCartId } from "@/lib/cart/cookie";
import { routeHandler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** The header's per-visitor data; kept out of page renders so pages can be cached. */
export const GET = routeHandler("me", async () => {
  const user = await currentUser();
  const count = await cartCount(await readCartId(user?.id));
  return Response.json(
    { cartCount: count, user: user ? { name: user.name ?? null, email: user.email ?? null, role: user.role } : null },
    { headers: { "cache-control": "private, no-store" } },
  );
});
