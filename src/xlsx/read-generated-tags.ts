/**
 * The tags Bilan Qualité puts on the sheets it generates. The add-in stores them as a worksheet
 * custom property named "BilanQualite"; in the file that is `<customPr name="BilanQualite" r:id="…"/>`
 * in the sheet's XML, whose relationship points to a small binary part holding the value
 * (UTF-16LE as Excel writes it).
 */
import { FINGERPRINT_PROPERTY } from "../report/annotations/fingerprint";
import { elementsNamed, prefixedAttribute } from "./read/parse-xml";
import { readRelationships, type Relationship } from "./read/relationships";
import { readWorkbookPart, WORKBOOK_PART } from "./read/workbook-part";
import type { XlsxPackage } from "./read/xlsx-package";

export const GENERATED_TAG_PROPERTY = "BilanQualite";

/** What a sheet of the package carries besides its cells: Bilan Qualité's properties, comments and notes. */
export interface SheetParts {
  readonly name: string;
  readonly tag: string | null;
  readonly fingerprint: string | null;
  /** Threaded comments (a thread counts once, whatever its replies). */
  readonly comments: number;
  /** Notes (the older comments), not counting the placeholders Excel writes for threaded comments. */
  readonly notes: number;
}

/** Every sheet of the package, chart sheets included (a chart sheet added to a report is an annotation). */
export function readSheetParts(pkg: XlsxPackage): SheetParts[] {
  const workbookXml = pkg.text(WORKBOOK_PART);
  if (!workbookXml) return [];
  return readWorkbookPart(pkg, workbookXml).sheets.map(({ name, path }) => {
    const relationships = readRelationships(pkg, path);
    // Reading a large sheet's XML is costly: only sheets with a custom property part are opened.
    const hasProperties = [...relationships.values()].some((rel) => rel.type.endsWith("/customProperty"));
    const xml = hasProperties ? pkg.text(path) : undefined;
    const properties = new Map<string, string>();
    if (xml) for (const property of elementsNamed(xml, "customPr")) properties.set(property.name ?? "", prefixedAttribute(property, "id") ?? "");
    const property = (key: string): string | null => customPropertyValue(pkg, relationships, properties.get(key));
    return { name, tag: property(GENERATED_TAG_PROPERTY), fingerprint: property(FINGERPRINT_PROPERTY), ...countAnnotations(pkg, relationships) };
  });
}

/** The value of a sheet's custom property, from the part its relationship `id` points to; null when absent or blank. */
export function customPropertyValue(pkg: XlsxPackage, relationships: Map<string, Relationship>, id: string | undefined): string | null {
  const partPath = id ? relationships.get(id)?.path : undefined;
  const bytes = partPath ? pkg.bytes(partPath) : undefined;
  if (!bytes) return null;
  const text = decodePropertyValue(bytes).trim();
  return text === "" ? null : text;
}

/**
 * Threaded comments live in a `threadedComment` part (replies carry a parentId); notes in a `comments` part,
 * where Excel also writes a placeholder note for each threaded comment, on the same cell.
 */
function countAnnotations(pkg: XlsxPackage, relationships: Map<string, Relationship>): { comments: number; notes: number } {
  const partsOf = (suffix: string): string[] =>
    [...relationships.values()].filter((rel) => rel.type.endsWith(suffix)).map((rel) => pkg.text(rel.path) ?? "");
  const threads = partsOf("/threadedComment").flatMap((xml) => elementsNamed(xml, "threadedComment")).filter((thread) => thread.parentId === undefined);
  const threaded = new Set(threads.map((thread) => thread.ref));
  const notes = partsOf("/comments").flatMap((xml) => elementsNamed(xml, "comment")).filter((note) => !threaded.has(note.ref));
  return { comments: threads.length, notes: notes.length };
}

function decodePropertyValue(bytes: Uint8Array): string {
  const looksUtf16 = bytes.length >= 2 && bytes.length % 2 === 0 && bytes[1] === 0;
  const text = new TextDecoder(looksUtf16 ? "utf-16le" : "utf-8").decode(bytes);
  return text.replace(/^\ufeff/, "").replace(/\u0000+$/g, "");
}
