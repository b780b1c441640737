import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, policyOptionsFromEnv, staticSecurityHeaders, takesNonce } from "@/lib/security/headers";

function directives(policy: string) {
  return Object.fromEntries(
    policy.split("; ").map((part) => {
      const [name, ...sources] = part.split(" ");
      return [name, sources];
    }),
  );
}

describe("Content-Security-Policy", () => {
  it("keeps the sandbox shop on its own origin: no Stripe domain anywhere, no framing by other sites", () => {
    const policy = contentSecurityPolicy(policyOptionsFromEnv({ NODE_ENV: "production" }));
    expect(policy).not.toMatch(/stripe/);
    const csp = directives(policy);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    // Next's App Router payload is inline script: without it no page would hydrate.
    expect(csp["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
  });

  it("opens exactly what the Payment Element needs when real Stripe is configured", () => {
    const csp = directives(contentSecurityPolicy(policyOptionsFromEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_test_abc" })));
    expect(csp["script-src"]).toEqual(expect.arrayContaining(["https://js.stripe.com"]));
    expect(csp["connect-src"]).toEqual(expect.arrayContaining(["https://api.stripe.com"]));
    expect(csp["frame-src"]).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com", "https://*.stripe.com"]));
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
  });

  it("lets GitHub sign-in leave the form only when it is configured, and eval only in development", () => {
    expect(directives(contentSecurityPolicy(policyOptionsFromEnv({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" })))["form-action"]).toContain(
      "https://github.com",
    );
    expect(directives(contentSecurityPolicy(policyOptionsFromEnv({ AUTH_GITHUB_ID: "id" })))["form-action"]).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy(policyOptionsFromEnv({ NODE_ENV: "development" })))["script-src"]).toContain("'unsafe-eval'");
  });
});

describe("script nonces", () => {
  it("replaces 'unsafe-inline' with the response's nonce, and keeps Stripe's and dev's sources", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    expect(directives(contentSecurityPolicy({ ...policyOptionsFromEnv({ NODE_ENV: "production" }), nonce }))["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`]);
    const withStripe = directives(contentSecurityPolicy({ ...policyOptionsFromEnv({ NODE_ENV: "development", STRIPE_SECRET_KEY: "sk_test_abc" }), nonce }));
    expect(withStripe["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'unsafe-eval'", "https://js.stripe.com", "https://*.js.stripe.com"]);
  });

  it("goes to the pages that take a password, a payment or an operator action, and not to catalogue pages", () => {
    for (const path of ["/login", "/register", "/forgot-password", "/reset-password", "/account", "/account/claim-orders", "/checkout", "/checkout/complete", "/plans/pay", "/admin", "/admin/orders/1"]) {
      expect(takesNonce(path), path).toBe(true);
    }
    for (const path of ["/", "/shop", "/shop/rye-bread", "/cart", "/plans", "/assistant", "/loginx", "/administrator", "/orders/1"]) {
      expect(takesNonce(path), path).toBe(false);
    }
  });
});

describe("static security headers", () => {
  it("sends nosniff, a referrer policy, frame protection and a permissions policy, and HSTS only in production", () => {
    const production = Object.fromEntries(staticSecurityHeaders({ production: true }).map((h) => [h.key, h.value]));
    expect(production).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Strict-Transport-Security": expect.stringMatching(/^max-age=\d{8,}/),
    });
    expect(production["Permissions-Policy"]).toMatch(/camera=\(\)/);
    const development = staticSecurityHeaders({ production: false }).map((h) => h.key);
    expect(development).not.toContain("Strict-Transport-Security");
  });
});
