import { createEmailWorker } from "../app/features/notifications/email-worker.server";
import { runScheduledTasks } from "../app/features/notifications/scheduler.server";
import { mailboxTransport, smtpTransport } from "../app/features/notifications/transports.server";
import type { Database } from "../db/client";
import type { ServerConfig } from "./config";

const SCHEDULE_CHECK_MS = 60_000;

/**
 * The background work of an instance: the e-mail worker (SMTP when SMTP_URL is set, the
 * mailbox otherwise) and, once a minute, the recurring tasks that are due.
 */
export function startEmailWorker(db: Database, config: ServerConfig) {
  const worker = createEmailWorker({
    db,
    transport: config.SMTP_URL ? smtpTransport(config.SMTP_URL) : mailboxTransport,
    from: config.MAIL_FROM,
  });
  worker.start();
  const checkSchedule = () =>
    runScheduledTasks(db, { now: new Date(), publicUrl: config.publicUrl }).catch(
      (error: unknown) =>
        console.error(
          JSON.stringify({
            level: "error",
            event: "scheduler.failed",
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
    );
  void checkSchedule();
  const timer = setInterval(checkSchedule, SCHEDULE_CHECK_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
