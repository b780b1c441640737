// Imported by next.config.ts and by middleware.ts (the edge): no imports, no database, no zod.

export type PolicyOptions = {
  /** Real Stripe is configured: the Payment Element loads from js.stripe.com and talks to Stripe. */
  stripe: boolean;
  /** GitHub sign-in is configured: the sign-in form's redirect leaves for github.com. */
  github: boolean;
  /** `next dev`: React's dev build needs eval and the dev server's websocket. */
  development: boolean;
};

export function policyOptionsFromEnv(env: Record<string, string | undefined>): PolicyOptions {
  return {
    stripe: Boolean(env.STRIPE_SECRET_KEY),
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    development: env.NODE_ENV === "development",
  };
}

/**
 * The Content-Security-Policy for every page. Next's App Router writes its payload as inline
 * scripts without nonces (nonces would make every page dynamic), so scripts allow 'unsafe-inline'
 * from this origin; everything else is closed to other origins, and Stripe's are opened only
 * when real Stripe is configured (the sandbox never leaves this origin).
 */
export function contentSecurityPolicy({ stripe, github, development }: PolicyOptions): string {
  const stripeScripts = stripe ? ["https://js.stripe.com", "https://*.js.stripe.com"] : [];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : []), ...stripeScripts],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(stripe ? ["https://*.stripe.com"] : [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : []), ...(stripe ? ["https://api.stripe.com", "https://*.stripe.com"] : [])],
    "frame-src": stripe ? ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com", "https://*.stripe.com"] : ["'self'"],
    "form-action": ["'self'", ...(github ? ["https://github.com"] : []), ...(stripe ? ["https://*.stripe.com"] : [])],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Headers that do not depend on configuration: next.config.ts sends them with every response. */
export function staticSecurityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: 'camera=(), microphone=(), geolocation=(), usb=(), browsing-topics=(), payment=(self "https://js.stripe.com")',
    },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
