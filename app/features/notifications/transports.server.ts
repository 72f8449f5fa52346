import nodemailer from "nodemailer";

export interface OutgoingEmail {
  from: string;
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers?: Record<string, string>;
}

export interface EmailTransport {
  /** "smtp" or "mailbox": recorded on each message */
  name: string;
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** Nothing leaves the machine: messages are kept and shown on the admin mailbox page. */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  async send() {},
  close() {},
};

export function smtpTransport(
  url: string,
  options: { maxConnections?: number } = {},
): EmailTransport {
  // nodemailer reads pool and timeout settings from the connection URL's query.
  const configured = new URL(url);
  const defaults = {
    pool: "true",
    maxConnections: String(options.maxConnections ?? 5),
    connectionTimeout: "10000",
    greetingTimeout: "10000",
    socketTimeout: "30000",
  };
  for (const [name, value] of Object.entries(defaults)) {
    if (!configured.searchParams.has(name)) configured.searchParams.set(name, value);
  }
  const transporter = nodemailer.createTransport(configured.toString());
  return {
    name: "smtp",
    async send(email) {
      await transporter.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId: email.messageId,
        headers: email.headers,
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** A display name cannot carry a line break into a header, whatever the library does. */
export function safeHeaderText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\r\n\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}
