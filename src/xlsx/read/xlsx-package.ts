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

/**
 * A zip names folders with `/` (APPNOTE §4.4.17.1), yet some writers use `\` (`xl\workbook.xml`), and Excel
 * and LibreOffice open such files (https://github.com/PHPOffice/PhpSpreadsheet/issues/3472): read as `/`.
 */
const partName = (entry: string): string => (entry.includes("\\") ? entry.replace(/\\/g, "/") : entry);

/** Throws whatever fflate throws on bytes that are not a whole zip. */
export function openPackage(bytes: Uint8Array): XlsxPackage {
  const entries = unzipSync(bytes, { filter: (file) => READ.test(file.name) && !SKIPPED.test(partName(file.name)) });
  const parts: Record<string, Uint8Array> = {};
  for (const [entry, content] of Object.entries(entries)) parts[partName(entry)] = content;
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
