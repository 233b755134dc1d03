/**
 * The parts of a written .xlsx package, through fflate: read them all, write them back deflated,
 * dated 1 January 1980 (zip's first date) so the bytes do not depend on when they were written.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export interface ZipEntry {
  readonly name: string;
  /** The part's bytes, uncompressed. */
  readonly bytes: Uint8Array;
}

const ZIP_EPOCH = new Date(1980, 0, 1);

export function readZip(zip: Uint8Array): ZipEntry[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(zip);
  } catch (error) {
    throw new Error(`not a zip file: ${error instanceof Error ? error.message : String(error)}`);
  }
  return Object.entries(parts).map(([name, bytes]) => ({ name, bytes }));
}

export const entryText = (entry: ZipEntry): string => strFromU8(entry.bytes);

export const textEntry = (name: string, text: string): ZipEntry => ({ name, bytes: strToU8(text) });

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) parts[entry.name] = entry.bytes;
  return zipSync(parts, { level: 6, mtime: ZIP_EPOCH });
}
