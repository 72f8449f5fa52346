import { inflateRawSync } from "node:zlib";

/** Reads one stored or deflated entry of a zip (a docx) from its local file header. */
export function zipEntry(zip: Buffer, name: string): string {
  let offset = zip.indexOf(Buffer.from(name));
  while (offset > 0) {
    const header = offset - 30;
    if (zip.readUInt32LE(header) === 0x04034b50) {
      const method = zip.readUInt16LE(header + 8);
      const size = zip.readUInt32LE(header + 18);
      const nameLength = zip.readUInt16LE(header + 26);
      const extra = zip.readUInt16LE(header + 28);
      const start = header + 30 + nameLength + extra;
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    offset = zip.indexOf(Buffer.from(name), offset + 1);
  }
  throw new Error(`${name} not found`);
}
