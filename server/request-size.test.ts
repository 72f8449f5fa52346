import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES, requestSizeCap } from "./request-size";

let server: Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(requestSizeCap);
  app.post("/", (req, res) => {
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => res.send(String(bytes)));
  });
  server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function post(headers: Record<string, string>, body: Buffer | null) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ port, method: "POST", path: "/", headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

describe("requestSizeCap", () => {
  it("reads a declared body within the cap", async () => {
    const body = Buffer.from("title=hello");
    const answer = await post({ "Content-Length": String(body.length) }, body);
    expect(answer).toEqual({ status: 200, body: String(body.length) });
  });

  it("refuses a declared body over the cap before reading it", async () => {
    const answer = await post({ "Content-Length": String(MAX_REQUEST_BYTES + 1) }, null);
    expect(answer.status).toBe(413);
  });

  it("refuses a body of undeclared length (chunked), in both languages", async () => {
    const answer = await post({ "Transfer-Encoding": "chunked" }, Buffer.alloc(1024, 97));
    expect(answer.status).toBe(411);
    expect(answer.body).toBe("Length Required / Longueur requise");
  });
});
