import type { Database } from "../db/client";

declare module "@remix-run/node" {
  interface AppLoadContext {
    db: Database;
    cspNonce: string;
  }
}

export {};
