import { join } from "node:path";

/** The AUTH_SECRET the e2e build and servers run with; a spec checks it never reaches the browser. */
export const E2E_AUTH_SECRET = "e2e-secret-0123456789-abcdefghijklmnop";

/**
 * The environment of the e2e server (tests/e2e/server.ts). Specs that start another standalone server
 * on the same build and database (several processes, one shop) use it too.
 */
export function e2eServerEnv(port: string | number, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${join(dataDir, "e2e.db")}`,
    AUTH_SECRET: E2E_AUTH_SECRET,
    APP_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAILS: "admin@beyond-earth.test,operator@beyond-earth.test",
    STRIPE_SECRET_KEY: "",
    OPENAI_API_KEY: "",
    // Every spec registers from 127.0.0.1; the registration throttle itself is covered by integration tests.
    REGISTRATIONS_PER_ADDRESS: "100000",
    REGISTRATIONS_PER_NETWORK: "100000",
    // Every browser in the suite is a new device on 127.0.0.1; the network bound is covered by integration tests.
    FREE_DEVICES_PER_NETWORK: "100000",
  };
}
