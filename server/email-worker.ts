import { createEmailWorker } from "../app/features/notifications/email-worker.server";
import { mailboxTransport, smtpTransport } from "../app/features/notifications/transports.server";
import type { Database } from "../db/client";
import type { ServerConfig } from "./config";

/** The e-mail worker for this configuration: SMTP when SMTP_URL is set, the mailbox otherwise. */
export function startEmailWorker(db: Database, config: ServerConfig) {
  const worker = createEmailWorker({
    db,
    transport: config.SMTP_URL ? smtpTransport(config.SMTP_URL) : mailboxTransport,
    from: config.MAIL_FROM,
  });
  worker.start();
  return worker;
}
