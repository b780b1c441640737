import "server-only";
import NextAuth, { AuthError, type NextAuthConfig, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { mergeGuestCartIntoAccount, guestCartIdFromCookie } from "@/lib/cart/merge";
import { adminEmails } from "@/lib/config/env";
import { authConfig, applyAppUrlToAuth } from "./config";
import { authorizeCredentials } from "./credentials";
import { closeSession, openSession, sessionOwner } from "./sessions";
import { logger } from "@/lib/observability/logger";

/** The full (Node-only) configuration; exported so tests can drive Auth.js exactly as `signIn()` does. */
export function authOptions(): NextAuthConfig {
  applyAppUrlToAuth();
  return {
    ...authConfig,
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: [
      ...authConfig.providers,
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, request) => authorizeCredentials(credentials, request),
      }),
    ],
    callbacks: {
      ...authConfig.callbacks,
      // Runs in Node on every session read: a closed session (signed out, password changed, account
      // deleted) ends at once, and a role granted through ADMIN_EMAILS applies without signing in again.
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = await openSession(user.id);
        }
        if (!token.sub || !token.sid) return null;
        const owner = await sessionOwner(token.sid, token.sub);
        if (!owner) return null;
        const role = adminEmails().includes(owner.email.toLowerCase()) ? "admin" : owner.role;
        if (role !== owner.role) await getDb().update(users).set({ role }).where(eq(users.id, owner.id));
        token.email = owner.email;
        token.role = role;
        return token;
      },
    },
    events: {
      async signOut(message) {
        if ("token" in message && message.token?.sid) await closeSession(message.token.sid);
      },
      // Credentials sign-ins merge the guest cart in their server actions; OAuth sign-ins finish in
      // the Auth.js route handler, so their merge happens here.
      async signIn({ user, account }) {
        if (!user.id || !account || account.provider === "credentials") return;
        try {
          await mergeGuestCartIntoAccount(user.id, await guestCartIdFromCookie());
        } catch (error) {
          // A cart that did not merge must not stop the sign-in; the guest lines stay in their cart.
          logger().error(`Accounts: guest cart merge after ${account.provider} sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
    logger: {
      // A wrong password or a throttled attempt is the user's everyday mistake, shown on the form;
      // only real failures belong in the server log.
      error(error) {
        if (error instanceof AuthError && error.type === "CredentialsSignin") return;
        logger().error({ cause: error.cause }, `[auth] ${error instanceof AuthError ? error.type : error.name}: ${error.message}`);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(authOptions);

export type SessionUser = Session["user"];

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  return session?.user?.id ? session.user : null;
}

/** The signed-in user; a visitor is sent to sign in, and back to `returnTo` (a path on this site) after. */
export async function requireSignedIn(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
