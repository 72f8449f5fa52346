import type { Database } from "../../../db/client";
import {
  claimDueEmails,
  markEmailAttemptFailed,
  markEmailSent,
  type EmailMessageRow,
} from "../../../db/queries/notifications";
import type { EmailEvent, EmailEventData } from "../../../emails/events";
import { renderEmail } from "../../../emails/render.server";
import { nextAttemptAt } from "./retry-policy";
import { safeHeaderText, type EmailTransport } from "./transports.server";
import { describeError } from "~/utils/describe-error";

export interface EmailWorkerOptions {
  db: Database;
  transport: EmailTransport;
  from: string;
  /** how many messages one pass takes */
  batchSize?: number;
  /** how long a claimed message stays reserved for this worker */
  lockMs?: number;
  /** how often to look for due messages when the queue is empty */
  pollMs?: number;
  now?: () => Date;
  log?: (entry: Record<string, unknown>) => void;
}

export interface EmailWorker {
  /** one pass: claim due messages, send them, record the outcomes; returns how many were handled */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export function createEmailWorker(options: EmailWorkerOptions): EmailWorker {
  const { db, transport, from } = options;
  const batchSize = options.batchSize ?? 20;
  const lockMs = options.lockMs ?? 2 * 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const now = options.now ?? (() => new Date());
  const log =
    options.log ??
    ((entry) => console.log(JSON.stringify({ at: new Date().toISOString(), ...entry })));

  async function deliver(message: EmailMessageRow) {
    try {
      const rendered = await renderEmail(
        message.event as EmailEvent,
        message.language,
        message.data as unknown as EmailEventData[EmailEvent],
      );
      await transport.send({
        from,
        to: { name: safeHeaderText(message.recipientName ?? ""), address: message.recipientEmail },
        subject: safeHeaderText(rendered.subject),
        html: rendered.html,
        text: rendered.text,
        messageId: message.messageId,
        headers: { "X-Roundtable-Event": message.event },
      });
      await markEmailSent(db, message.id, {
        transport: transport.name,
        subject: safeHeaderText(rendered.subject),
        sentAt: now(),
      });
    } catch (error) {
      // a failed query's message carries its parameters (subject, addresses): not kept
      const described = describeError(error);
      const reason =
        typeof described === "string"
          ? described
          : [described.message, "code" in described ? described.code : undefined]
              .filter(Boolean)
              .join(" ");
      const retryAt = nextAttemptAt(message.attempts, message.queuedAt, now());
      await markEmailAttemptFailed(db, message.id, reason.slice(0, 500), retryAt);
      // The address is personal data: the log says which message, not to whom.
      log({
        level: retryAt ? "warn" : "error",
        event: "email.attempt-failed",
        messageId: message.id,
        attempts: message.attempts,
        willRetry: Boolean(retryAt),
        reason: reason.slice(0, 200),
      });
    }
  }

  async function runOnce() {
    const claimed = await claimDueEmails(db, {
      now: now(),
      lockedUntil: new Date(now().getTime() + lockMs),
      limit: batchSize,
    });
    await Promise.all(claimed.map(deliver));
    return claimed.length;
  }

  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  async function run() {
    while (running) {
      let handled = 0;
      try {
        handled = await runOnce();
      } catch (error) {
        // The database is away or busy: wait and try again; nothing is lost, it is all in the outbox.
        log({
          level: "warn",
          event: "email.worker-pass-failed",
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      if (handled === 0 && running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      transport.close();
    },
  };
}
