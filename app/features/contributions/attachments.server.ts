import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../../../db/client";
import {
  findAttachment,
  insertAttachment,
  listAttachments,
} from "../../../db/queries/contributions";
import { TOO_LARGE_MARKER } from "~/utils/forms.server";
import {
  checkAttachment,
  MAX_ATTACHMENTS,
  safeFileName,
  type AttachmentProblem,
  type AttachmentType,
} from "./attachment-types";

/** Outside the web root, under generated names; the original name is only ever data. */
export function uploadDirectory() {
  return path.resolve(process.env.UPLOAD_DIR ?? "./.data/uploads");
}

export interface PreparedAttachment {
  name: string;
  bytes: Uint8Array;
  type: AttachmentType;
  sha256: string;
}

export type AttachmentCheck =
  | { ok: true; prepared: PreparedAttachment[] }
  | { ok: false; problems: Array<{ name: string; problem: AttachmentProblem }> };

/** The files of a form, checked by content against the allow-list before anything is stored. */
export async function prepareAttachments(
  formData: FormData,
  existingCount: number,
): Promise<AttachmentCheck> {
  const files = formData
    .getAll("attachments")
    .filter(
      (value): value is File =>
        typeof value !== "string" && (value.size > 0 || value.type === TOO_LARGE_MARKER),
    );
  if (existingCount + files.length > MAX_ATTACHMENTS)
    return { ok: false, problems: [{ name: "", problem: "fileCount" }] };
  const prepared: PreparedAttachment[] = [];
  const problems: Array<{ name: string; problem: AttachmentProblem }> = [];
  for (const file of files) {
    const name = safeFileName(file.name);
    if (file.type === TOO_LARGE_MARKER) {
      problems.push({ name, problem: "fileSize" });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkAttachment(name, bytes);
    if (!checked.ok) problems.push({ name, problem: checked.problem });
    else
      prepared.push({
        name,
        bytes,
        type: checked.type,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, prepared };
}

export class AttachmentStoreError extends Error {}

/**
 * Writes the files, then their rows, inside the caller's transaction. If a file cannot be
 * written the transaction fails (the input is not saved as submitted, QUALITY R11) and the
 * files already written are removed.
 */
export async function storeAttachments(
  tx: Database,
  inputId: number,
  prepared: PreparedAttachment[],
  userId: number,
) {
  if (prepared.length === 0) return;
  const directory = uploadDirectory();
  const written: string[] = [];
  try {
    await mkdir(directory, { recursive: true });
    for (const file of prepared) {
      const storedName = randomBytes(16).toString("hex");
      await writeFile(path.join(directory, storedName), file.bytes, { flag: "wx" });
      written.push(storedName);
      await insertAttachment(tx, {
        inputId,
        originalName: file.name,
        storedName,
        mediaType: file.type.mediaType,
        sizeBytes: file.bytes.length,
        sha256: file.sha256,
        uploadedBy: userId,
      });
    }
  } catch (error) {
    await Promise.all(
      written.map((name) => unlink(path.join(directory, name)).catch(() => undefined)),
    );
    throw new AttachmentStoreError(error instanceof Error ? error.message : String(error));
  }
}

export async function listInputAttachments(db: Database, inputId: number) {
  return listAttachments(db, inputId);
}

/** The bytes of an attachment of an input the caller may already read. */
export async function readAttachment(db: Database, inputId: number, attachmentId: number) {
  const attachment = await findAttachment(db, inputId, attachmentId);
  if (!attachment) return null;
  const bytes = await readFile(path.join(uploadDirectory(), attachment.storedName)).catch(
    () => null,
  );
  return bytes ? { attachment, bytes } : null;
}

/** An attachment as a download: never rendered inline, never sniffed, never cached by proxies. */
export function attachmentResponse(file: NonNullable<Awaited<ReturnType<typeof readAttachment>>>) {
  const asciiName = file.attachment.originalName
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return new Response(file.bytes, {
    headers: {
      "Content-Type": file.attachment.mediaType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.attachment.originalName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
