import { currentUser } from "@/lib/auth";
import { cartCount } from "@/lib/cart";
import { readCartId } from "@/lib/cart/cookie";
import { routeHandler } from "@/lib/http/errors";
import { requestTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

/**
 * The header's per-visitor data; kept out of page renders so pages can be cached. The cart link's
 * name comes translated (in the shopper's language, with its plural), so the header needs no
 * message formatter in the browser.
 */
export const GET = routeHandler("me", async () => {
  const user = await currentUser();
  const [count, t] = await Promise.all([readCartId(user?.id).then((cartId) => cartCount(cartId)), requestTranslator("Header")]);
  return Response.json(
    { cartCount: count, cartLabel: t("cartLabel", { count }), user: user ? { name: user.name ?? null, email: user.email ?? null, role: user.role } : null },
    { headers: { "cache-control": "private, no-store" } },
  );
});
