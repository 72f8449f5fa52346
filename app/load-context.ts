import type { Database } from "../db/client";

declare module "@remix-run/node" {
  // Single fetch types: loaders and actions return plain data or data() with a status.
  interface Future {
    v3_singleFetch: true;
  }

  interface AppLoadContext {
    db: Database;
    cspNonce: string;
    /** the client's address as the server sees it (behind a trusted proxy: X-Forwarded-For) */
    clientIp: string | null;
    /** the origin people reach the app at, for links in e-mails */
    publicUrl: string;
    /** true for the demo and development: the admin mailbox shows messages kept instead of sent */
    mailboxEnabled: boolean;
  }
}

export {};
