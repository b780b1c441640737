import type { NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";

/**
 * The part of the Auth.js configuration that is safe on the edge: `middleware.ts` imports it,
 * so nothing here may reach the database or bcrypt. The full configuration (`lib/auth/index.ts`)
 * adds the adapter, the credentials provider and the database-backed callbacks.
 */
export function githubEnabled() {
  return Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);
}

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: githubEnabled() ? [GitHub] : [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role === "admin" ? "admin" : "customer";
      return session;
    },
  },
} satisfies NextAuthConfig;

/** Paths that need a signed-in user; middleware sends others to sign in first. */
export const protectedPrefixes = ["/account", "/orders", "/admin"];

export function isProtectedPath(pathname: string) {
  return protectedPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
