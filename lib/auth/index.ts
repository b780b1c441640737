import "server-only";
import NextAuth, { AuthError, type NextAuthConfig, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { adminEmails } from "@/lib/config/env";
import { authConfig } from "./config";
import { authorizeCredentials } from "./credentials";

/** The full (Node-only) configuration; exported so tests can drive Auth.js exactly as `signIn()` does. */
export function authOptions(): NextAuthConfig {
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
      // Runs in Node on every session read: a deleted user is signed out at once, and a role
      // granted through ADMIN_EMAILS takes effect without signing in again.
      async jwt({ token, user }) {
        const id = user?.id ?? token.sub;
        if (!id) return null;
        const [row] = await getDb().select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.id, id));
        if (!row) return null;
        const role = adminEmails().includes(row.email.toLowerCase()) ? "admin" : row.role;
        if (role !== row.role) await getDb().update(users).set({ role }).where(eq(users.id, row.id));
        token.sub = row.id;
        token.email = row.email;
        token.role = role;
        return token;
      },
    },
    events: {
      // Credentials sign-ins merge the guest cart in their server actions; OAuth sign-ins finish in
      // the Auth.js route handler, so their merge happens here.
      async signIn({ user, account }) {
        if (!user.id || !account || account.provider === "credentials") return;
        const { guestCartIdFromCookie, mergeGuestCartIntoAccount } = await import("./cart-merge");
        await mergeGuestCartIntoAccount(user.id, await guestCartIdFromCookie());
      },
    },
    logger: {
      // A wrong password or a throttled attempt is the user's everyday mistake, shown on the form;
      // only real failures belong in the server log.
      error(error) {
        if (error instanceof AuthError && error.type === "CredentialsSignin") return;
        console.error(`[auth] ${error instanceof AuthError ? error.type : error.name}: ${error.message}`, error.cause ?? "");
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
