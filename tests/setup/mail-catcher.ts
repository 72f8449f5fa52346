import { createServer } from "node:http";
import { startSmtpServer } from "./smtp-server";

/**
 * A real SMTP server for the end-to-end runs, with the messages it received readable as
 * JSON over HTTP (GET /messages?to=address), so browser tests can follow links in e-mails.
 */
export async function startMailCatcher(smtpPort: number, httpPort: number) {
  const smtp = await startSmtpServer(smtpPort);
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const to = url.searchParams.get("to")?.toLowerCase();
    const messages = smtp.received
      .filter(
        (message) => !to || message.envelopeTo.some((address) => address.toLowerCase() === to),
      )
      .map((message) => ({
        to: message.envelopeTo,
        subject: message.parsed.subject ?? "",
        messageId: message.parsed.messageId ?? "",
        text: message.parsed.text ?? "",
        html: typeof message.parsed.html === "string" ? message.parsed.html : "",
        headers: message.raw.split(/\r?\n\r?\n/)[0],
      }));
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify(messages));
  });
  await new Promise<void>((resolve) => http.listen(httpPort, "127.0.0.1", resolve));
  return {
    smtpUrl: smtp.url,
    async close() {
      http.close();
      await smtp.close();
    },
  };
}
