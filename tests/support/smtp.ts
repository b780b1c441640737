import { afterAll, afterEach, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/config/env";
import { startSmtpServer, type SmtpServer } from "./smtp-server";

export { startSmtpServer, type SmtpServer };

/**
 * Starts a test SMTP server for the whole file and points SMTP_URL at it; the returned getter gives
 * the running server. Each test starts with an empty inbox.
 */
export function useSmtpServer(): () => SmtpServer {
  let smtp: SmtpServer | undefined;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetEnvCache();
    await smtp?.close();
  });
  afterEach(() => {
    if (smtp) smtp.received.length = 0;
  });
  return () => {
    if (!smtp) throw new Error("the SMTP server starts in beforeAll");
    return smtp;
  };
}
