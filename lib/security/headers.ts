// Imported by next.config.ts and by middleware.ts (the edge): no imports, no database, no zod.

export type PolicyOptions = {
  /** Real Stripe is configured: the Payment Element loads from js.stripe.com and talks to Stripe. */
  stripe: boolean;
  /** GitHub sign-in is configured: the sign-in form's redirect leaves for github.com. */
  github: boolean;
  /** `next dev`: React's dev build needs eval and the dev server's websocket. */
  development: boolean;
  /**
   * This response's script nonce (pages that take a password, a payment or an operator action):
   * only scripts carrying it run, so an injected inline script does not.
   */
  nonce?: string;
};

// Pages that take a password, a payment or an operator action. Next puts the nonce it finds in the
// request's CSP on its own scripts, but only while rendering, so these pages are rendered per request
// (they are anyway, but for the two password pages made dynamic for it); cached catalogue pages keep
// the policy without a nonce.
const noncePrefixes = ["/login", "/register", "/forgot-password", "/reset-password", "/account", "/checkout", "/plans/pay", "/admin"];

export function takesNonce(pathname: string): boolean {
  return noncePrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** 128 random bits, base64: a fresh one per response. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function policyOptionsFromEnv(env: Record<string, string | undefined>): PolicyOptions {
  return {
    stripe: Boolean(env.STRIPE_SECRET_KEY),
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    development: env.NODE_ENV === "development",
  };
}

/**
 * The Content-Security-Policy for every page. Next's App Router writes its payload as inline
 * scripts; with a nonce only those carrying it run, without one (cached catalogue pages, where a
 * nonce would make every page dynamic) scripts allow 'unsafe-inline' from this origin. Everything
 * else is closed to other origins, and Stripe's are opened only when real Stripe is configured
 * (the sandbox never leaves this origin).
 */
export function contentSecurityPolicy({ stripe, github, development, nonce }: PolicyOptions): string {
  const stripeScripts = stripe ? ["https://js.stripe.com", "https://*.js.stripe.com"] : [];
  const inlineScripts = nonce ? `'nonce-${nonce}'` : "'unsafe-inline'";
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", inlineScripts, ...(development ? ["'unsafe-eval'"] : []), ...stripeScripts],
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
