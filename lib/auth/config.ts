import type { NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import { authRedirect } from "./callback-url";

/**
 * The part of the Auth.js configuration that is safe on the edge: `middleware.ts` imports it,
 * so nothing here may reach the database or bcrypt. The full configuration (`lib/auth/index.ts`)
 * adds the adapter, the credentials provider and the database-backed callbacks.
 */
export function githubEnabled() {
  return Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);
}

const operatorAuthUrl = process.env.AUTH_URL;

/**
 * Auth.js builds its redirects (sign-in, sign-out, callbacks) from `AUTH_URL`, else from the
 * request's Host header, which any client writes. The shop has one public address, `APP_URL`, so
 * Auth.js is given its origin (an `AUTH_URL` the operator set explicitly still wins). Called when
 * each configuration is built, before Auth.js reads the variable.
 */
export function applyAppUrlToAuth(): void {
  let origin = "http://localhost:3000";
  try {
    origin = new URL(process.env.APP_URL || origin).origin;
  } catch {
    // A malformed APP_URL stops the start in lib/config/env.ts; here the default stands.
  }
  process.env.AUTH_URL = operatorAuthUrl || origin;
}

applyAppUrlToAuth();

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: githubEnabled() ? [GitHub] : [],
  callbacks: {
    redirect: authRedirect,
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
