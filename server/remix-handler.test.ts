import { get, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestHandler } from "./remix-handler";

const CHUNK = 64 * 1024;
const CHUNKS = 256; // 16 MiB per download

/** What one download's body saw: bytes handed out, the most the response held, a cancel. */
interface Download {
  pulled: number;
  mostBuffered: number;
  cancelled: Promise<void>;
}

let server: Server;
let port: number;
const downloads: Download[] = [];
let reportError: (error: Error) => void = () => {};

// One resource route, as the compiler would list it: its loader answers a 16 MiB body that
// records, at every pull, how much the response is holding unsent.
function buildWithDownload(): ServerBuild {
  const loader = ({ context }: { context: { res: ServerResponse } }) => {
    let markCancelled = () => {};
    const download: Download = {
      pulled: 0,
      mostBuffered: 0,
      cancelled: new Promise<void>((resolve) => (markCancelled = resolve)),
    };
    downloads.push(download);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        download.mostBuffered = Math.max(download.mostBuffered, context.res.writableLength);
        if (download.pulled === CHUNKS * CHUNK) return controller.close();
        download.pulled += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK).fill(65));
      },
      cancel() {
        markCancelled();
      },
    });
    return new Response(body, { headers: { "Content-Type": "text/csv" } });
  };
  // A body that fails after its first chunk, as an export whose query fails mid-way.
  const brokenLoader = () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error("the export's query failed"));
        sent = true;
        controller.enqueue(new Uint8Array(CHUNK).fill(66));
      },
    });
    return new Response(body, { headers: { "Content-Type": "text/csv" } });
  };
  return {
    mode: "production",
    entry: { module: { default: () => new Response("no documents here", { status: 500 }) } },
    routes: {
      root: { id: "root", path: "", module: {} },
      "routes/broken": {
        id: "routes/broken",
        parentId: "root",
        path: "broken",
        module: { loader: brokenLoader },
      },
      "routes/download": {
        id: "routes/download",
        parentId: "root",
        path: "download",
        module: { loader },
      },
    },
    assets: {
      url: "/build/manifest.js",
      version: "test",
      entry: { module: "/build/entry.js", imports: [] },
      routes: {},
    },
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: {},
    isSpaMode: false,
  } as unknown as ServerBuild;
}

beforeAll(async () => {
  const app = express();
  app.all(
    "*",
    createRequestHandler({
      build: buildWithDownload(),
      mode: "production",
      // The app's context holds the database; this route needs only the response.
      getLoadContext: (_req, res) => ({ res }) as unknown as AppLoadContext,
    }),
  );
  app.use((error: Error, _req: express.Request, res: express.Response, _next: unknown) => {
    reportError(error);
    res.destroy();
  });
  server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("the response body", () => {
  it("is read no faster than the client takes it, and arrives whole", async () => {
    const received = await new Promise<number>((resolve, reject) => {
      get({ port, path: "/download" }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve(bytes));
        res.on("error", reject);
      }).on("error", reject);
    });
    expect(received).toBe(CHUNKS * CHUNK);
    const download = downloads.at(-1)!;
    // Remix's own writer read the whole 16 MiB into the response while the socket was
    // still sending the first chunks; piped, the response holds about one chunk.
    expect(download.mostBuffered).toBeLessThan(4 * CHUNK);
  });

  it("is cancelled when the client leaves", async () => {
    const before = downloads.length;
    await new Promise<void>((resolve, reject) => {
      const request = get({ port, path: "/download" }, (res) => {
        res.once("data", () => {
          request.destroy();
          resolve();
        });
      });
      request.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "ECONNRESET") reject(error);
      });
    });
    const download = downloads[before]!;
    await download.cancelled;
    expect(download.pulled).toBeLessThan(CHUNKS * CHUNK);
  });

  it("that fails mid-way reaches Express's error handling, as with the adapter", async () => {
    const reported = new Promise<Error>((resolve) => (reportError = resolve));
    await new Promise<void>((resolve) => {
      get({ port, path: "/broken" }, (res) => {
        res.resume();
        res.on("close", resolve);
      }).on("error", () => resolve());
    });
    expect((await reported).message).toBe("the export's query failed");
  });
});
