/**
 * The parts of an .xlsx package (a zip), unzipped by fflate. Only the parts a reading can use are inflated:
 * the XML and relationship parts, the small binary parts holding sheet properties, and `mimetype` (which
 * names an OpenDocument file); pictures, embedded objects and macros stay compressed.
 */
import { unzipSync } from "fflate";

export interface XlsxPackage {
  has(path: string): boolean;
  /** The part's text, or undefined when it is absent. */
  text(path: string): string | undefined;
  bytes(path: string): Uint8Array | undefined;
}

const SKIPPED = /^(?:xl\/media\/|xl\/embeddings\/|.*vbaProject\.bin$)/i;
const READ = /(?:\.xml|\.rels|\.bin|^mimetype)$/i;

/** Throws whatever fflate throws on bytes that are not a whole zip. */
export function openPackage(bytes: Uint8Array): XlsxPackage {
  const parts = unzipSync(bytes, { filter: (file) => READ.test(file.name) && !SKIPPED.test(file.name) });
  const byLowerName = new Map(Object.keys(parts).map((name) => [name.toLowerCase(), name]));
  // Part names are case-insensitive (ECMA-376 part 2, §9.1.1.1): a relationship may spell one otherwise.
  const find = (path: string): Uint8Array | undefined => parts[path] ?? parts[byLowerName.get(path.toLowerCase()) ?? ""];
  const utf8 = new TextDecoder("utf-8");
  const utf16 = new TextDecoder("utf-16le");
  return {
    has: (path) => find(path) !== undefined,
    text: (path) => {
      const part = find(path);
      if (part === undefined) return undefined;
      // XML may also be UTF-16, its byte-order mark first (XML 1.0, §4.3.3); TextDecoder drops the mark.
      return part[0] === 0xff && part[1] === 0xfe ? utf16.decode(part) : utf8.decode(part);
    },
    bytes: find,
  };
}
