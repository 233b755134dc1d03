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
  return {
    has: (path) => find(path) !== undefined,
    text: (path) => {
      const part = find(path);
      return part === undefined ? undefined : decoderOf(part).decode(part);
    },
    bytes: find,
  };
}

const UTF8 = new TextDecoder("utf-8");
const UTF16_LE = new TextDecoder("utf-16le");
const UTF16_BE = new TextDecoder("utf-16be");

/**
 * XML may also be UTF-16, either byte order, told by its byte-order mark or, without one, by how `<?xml` is
 * spelled (XML 1.0, §4.3.3 and appendix F); TextDecoder drops the mark.
 */
function decoderOf(part: Uint8Array): TextDecoder {
  const [first, second] = part;
  if ((first === 0xff && second === 0xfe) || (first === 0x3c && second === 0x00)) return UTF16_LE;
  if ((first === 0xfe && second === 0xff) || (first === 0x00 && second === 0x3c)) return UTF16_BE;
  return UTF8;
}
