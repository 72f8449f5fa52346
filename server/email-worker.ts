import { createEmailWorker } from "../app/features/notifications/email-worker.server";
import { runScheduledTasks } from "../app/features/notifications/scheduler.server";
import { mailboxTransport, smtpTransport } from "../app/features/notifications/transports.server";
import type { Database } from "../db/client";
import type { ServerConfig } from "./config";

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
  // Every instance checks; the task row's lease lets exactly one of them run a due task.
  const checkSchedule = () =>
    runScheduledTasks(db, { now: new Date(), publicUrl: config.publicUrl })
      .then((ran) => {
        if (ran.length > 0)
          console.log(JSON.stringify({ level: "info", event: "scheduler.ran", tasks: ran }));
      })
      .catch((error: unknown) =>
        console.error(
          JSON.stringify({
            level: "error",
            event: "scheduler.failed",
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
  void checkSchedule();
  const timer = setInterval(checkSchedule, config.SCHEDULE_CHECK_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await worker.stop();
    },
  };
}
