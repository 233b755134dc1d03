/**
 * Just enough of the zip format to change one part of a written .xlsx package: read the entries
 * through the central directory, write them back (stored or deflated), no zip64 (reports are small).
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;
const UTF8_NAMES = 0x0800;
/** 1 January 1980, 00:00: zip's first date, so the bytes do not depend on when they were written. */
const DOS_DATE = (1 << 5) | 1;

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === SIGNATURE.end) return at;
  }
  throw new Error("not a zip file: no end of central directory");
}

export function readZip(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== SIGNATURE.central) throw new Error("corrupt zip central directory");
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, method, crc, size, data: zip.subarray(dataStart, dataStart + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function entryText(entry: ZipEntry): string {
  return (entry.method === 8 ? inflateRawSync(entry.data) : entry.data).toString("utf8");
}

export function textEntry(name: string, text: string): ZipEntry {
  const raw = Buffer.from(text, "utf8");
  return { name, method: 8, crc: crc32(raw), size: raw.length, data: deflateRawSync(raw) };
}

function header(entry: ZipEntry, name: Buffer, central: boolean, offset: number): Buffer {
  const buffer = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const u32 = (value: number) => { buffer.writeUInt32LE(value >>> 0, at); at += 4; };
  const u16 = (value: number) => { buffer.writeUInt16LE(value, at); at += 2; };
  u32(central ? SIGNATURE.central : SIGNATURE.local);
  if (central) u16(20);
  u16(20);
  u16(UTF8_NAMES);
  u16(entry.method);
  u16(0);
  u16(DOS_DATE);
  u32(entry.crc);
  u32(entry.data.length);
  u32(entry.size);
  u16(name.length);
  u16(0);
  if (central) {
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offset);
  }
  return buffer;
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = header(entry, name, false, 0);
    centrals.push(header(entry, name, true, offset), name);
    parts.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIGNATURE.end, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, central, end]);
}
