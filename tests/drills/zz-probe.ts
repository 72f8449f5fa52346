import { execFile } from "node:child_process";
import { promisify } from "node:util";
import {
  DrillApp,
  freshDatabase,
  MailBox,
  signedInRequest,
  NEW_PRACTICE,
  practiceForm,
  formKey,
  FORM_HEADERS,
} from "./harness";
import { DEMO } from "../e2e/auth-helpers";
const run = promisify(execFile);
const mail = new MailBox(4685);
await mail.start();
const database = await freshDatabase("roundtable_probe_4680");
const app = new DrillApp({ port: 4680, databaseUrl: database.url, smtpUrl: mail.url });
await app.start();
const client = await signedInRequest(app.baseURL, DEMO.contributorA);
async function post(label: string) {
  const t = Date.now();
  const r = await client
    .post(NEW_PRACTICE, {
      data: practiceForm(`probe ${formKey()}`, formKey(), "submit"),
      headers: FORM_HEADERS,
      maxRedirects: 0,
      timeout: 20000,
    })
    .catch(() => null);
  console.log(label, r?.status(), Date.now() - t, "ms");
}
async function get(label: string, url: string) {
  const t = Date.now();
  const r = await client.get(url, { maxRedirects: 0, timeout: 20000 }).catch(() => null);
  console.log(label, url, r?.status(), Date.now() - t, "ms");
}
await post("up");
await run("pg_ctlcluster", ["15", "drill", "stop", "-m", "fast"]);
for (let i = 0; i < 4; i++) await post("down");
await get("down", "/en/my/inputs");
await get("down", "/en/privacy");
await run("pg_ctlcluster", ["15", "drill", "start"]);
for (let i = 0; i < 3; i++) await post("back");
await client.dispose();
await app.stop();
await mail.stop();
await database.drop(database.sql);
console.log(
  app.log
    .split("\n")
    .filter((l) => !l.includes("db-unavailable"))
    .slice(-15)
    .join("\n"),
);
