// Which files an input may carry, decided by their bytes, not by their name or what the browser
// claims. The extension must also agree with the content, so a renamed program is refused.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export type AttachmentType = { mediaType: string; extensions: string[] };

const TYPES = {
  pdf: { mediaType: "application/pdf", extensions: ["pdf"] },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  png: { mediaType: "image/png", extensions: ["png"] },
  jpeg: { mediaType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  gif: { mediaType: "image/gif", extensions: ["gif"] },
  webp: { mediaType: "image/webp", extensions: ["webp"] },
} satisfies Record<string, AttachmentType>;

function startsWith(bytes: Uint8Array, signature: number[] | string, offset = 0) {
  const expected =
    typeof signature === "string" ? [...signature].map((c) => c.charCodeAt(0)) : signature;
  return expected.every((byte, i) => bytes[offset + i] === byte);
}

function contains(bytes: Uint8Array, text: string, limit = 64 * 1024) {
  return Buffer.from(bytes.subarray(0, Math.min(bytes.length, limit))).includes(text, 0, "latin1");
}

/** The type of a file from its first bytes, or null when it is not one we accept. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, "%PDF-")) return TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) return TYPES.gif;
  if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8)) return TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office and OpenDocument files are zip archives; their entries say which kind.
    if (
      startsWith(bytes, "mimetype", 30) &&
      contains(bytes, "application/vnd.oasis.opendocument.text")
    )
      return TYPES.odt;
    if (contains(bytes, "[Content_Types].xml") && contains(bytes, "word/")) return TYPES.docx;
    if (contains(bytes, "[Content_Types].xml") && contains(bytes, "xl/")) return TYPES.xlsx;
  }
  return null;
}

export function extensionOf(name: string) {
  return name.toLowerCase().split(".").pop() ?? "";
}

/** A file name safe to show and to send back: no path, no control characters, bounded. */
export function safeFileName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? "file";
  const cleaned = base
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f"<>|:*?\u202a-\u202e\u2066-\u2069]/g, "_")
    .trim();
  return (cleaned || "file").slice(-150);
}

export type AttachmentProblem = "fileType" | "fileSize" | "fileCount";

/** Checks one upload against the allow-list; the extension must match the content. */
export function checkAttachment(
  name: string,
  bytes: Uint8Array,
): { ok: true; type: AttachmentType } | { ok: false; problem: AttachmentProblem } {
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, problem: "fileSize" };
  const type = detectAttachmentType(bytes);
  if (!type || !type.extensions.includes(extensionOf(name)))
    return { ok: false, problem: "fileType" };
  return { ok: true, type };
}
