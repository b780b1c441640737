import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/config/env";

/**
 * A real SMTP server on a free port, in the test process. `refuseNext(n)` makes it answer the
 * next n messages with a 451, like a mail server that is down for a while.
 */
export async function startSmtpServer() {
  const received: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(count: number) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

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
