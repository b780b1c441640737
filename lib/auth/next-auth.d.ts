import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "customer" | "admin" } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: "customer" | "admin";
    /** The server-side session row this token belongs to (see lib/auth/sessions.ts). */
    sid?: string;
  }
}
