import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { readLocalAuthSecret } from "./lib/config/local-secret";
import { staticSecurityHeaders } from "./lib/security/headers";

// `npm run dev` generates a local secret on first run; production must set AUTH_SECRET.
if (!process.env.AUTH_SECRET && process.env.NODE_ENV !== "production") {
  const secret = readLocalAuthSecret();
  if (secret) process.env.AUTH_SECRET = secret;
}

const nextConfig: NextConfig = {
  // Lets two builds (or a build and a dev server) live side by side, e.g. in tests and benches.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run start:standalone` and the Dockerfile ship `<distDir>/standalone`: server.js with only the
  // node_modules files it traces, so a host needs Node and nothing else.
  output: "standalone",
  // The server reads these from process.cwd() at run time, which tracing cannot follow.
  outputFileTracingIncludes: { "/**": ["./lib/assistant/support-guide.md"] },
  // Next's file-system cache, except that not-found pages and redirects are not stored, and data
  // entries and search pages (open-ended) stay in the bounded memory cache: see the handler.
  cacheHandler: path.join(process.cwd(), "lib/cache/bounded-cache-handler.cjs"),
  poweredByHeader: false,
  // Next computes a page's ETag by hashing the whole HTML again on every request, cached or not: for
  // a cached shop page (55–80 kB) that hash was the largest single part of serving it (0.1–0.4 ms of
  // server CPU a hit, `npm run bench -- --only http`). Pages are cached for a second and refreshed on
  // change, so the cost is paid on every hit for the rare reload that a 304 would save a download;
  // public files keep their Last-Modified for conditional requests.
  generateEtags: false,
  // Middleware sees the request's URL as the server received it. Without this, Next rewrites every
  // loopback host (127.0.0.1, [::1]) of middleware's URLs to "localhost" while its router compares
  // them with the address the server is bound to, so on a server bound to 127.0.0.1 every rewrite
  // (/ and /shop, middleware.ts) looked like another origin's and was proxied to itself: two
  // renders a visit, and a 500 when the browser cancelled one (vercel/next.js#94745, open).
  // App Router only, so the other normalization it turns off (/_next/data URLs) has nothing to do.
  skipProxyUrlNormalize: true,
  // `npm test` type-checks the whole project with tsc first; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // A product photo of up to 5 MB (lib/catalog/photo-upload.ts) and the form around it; the upload
  // form refuses a larger file before sending, so this limit's bare error is never what an operator sees.
  // An address no page answers is served app/global-not-found.tsx, rendered on the server in the shop's
  // document. (Next draws a not-found.tsx boundary in the browser only: a notFound() answers with an
  // empty HTML shell, vercel/next.js#62228.)
  experimental: { serverActions: { bodySizeLimit: "6mb" }, globalNotFound: true },
  serverExternalPackages: ["@libsql/client", "libsql"],
  // Fixed at build time (`next start` serves them from the build's routes manifest), so only headers
  // that do not depend on runtime configuration live here; the Content-Security-Policy, which opens
  // Stripe's domains only when STRIPE_SECRET_KEY is set where the server runs, is set by middleware.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

// Points next-intl at i18n/request.ts (the messages and locale of each render).
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
