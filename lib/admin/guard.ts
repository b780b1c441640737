import "server-only";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth";
import { isAdmin, type AdminUser } from "./access";

/**
 * For admin pages (and the admin layout): anyone but an admin gets the 404 page, so the console's
 * existence is not revealed. Signed-out visitors never get this far: middleware sends them to sign in.
 * Admin server actions check the same through lib/actions/action.ts (`auth: "admin"`).
 */
export async function requireAdmin(): Promise<AdminUser> {
  const user = await currentUser();
  if (!isAdmin(user)) notFound();
  return user;
}
