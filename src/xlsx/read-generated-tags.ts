/**
 * The tags Bilan Qualité puts on the sheets it generates. The add-in stores them as a worksheet
 * custom property named "BilanQualite"; in the file that is `<customPr name="BilanQualite" r:id="…"/>`
 * in the sheet's XML, whose relationship points to a small binary part holding the value
 * (UTF-16LE as Excel writes it). exceljs ignores them, so they are read from the package directly.
 */
import type JSZip from "jszip";
import { FINGERPRINT_PROPERTY } from "../report/annotations/fingerprint";

export const GENERATED_TAG_PROPERTY = "BilanQualite";

/** Sheet name → tag, for the sheets that carry one. */
export async function readGeneratedTags(zip: JSZip): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const sheet of await readSheetParts(zip, false)) if (sheet.tag !== null) tags.set(sheet.name, sheet.tag);
  return tags;
}

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

export async function readSheetParts(zip: JSZip, withAnnotations = true): Promise<SheetParts[]> {
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbookXml) return [];
  const workbookRels = await readRelationships(zip, "xl/workbook.xml");
  const sheets: SheetParts[] = [];
  for (const sheet of elements(workbookXml, "sheet")) {
    const name = sheet.name;
    const target = workbookRels.get(relationshipId(sheet) ?? "")?.path;
    if (name === undefined || target === undefined) continue;
    const relationships = await readRelationships(zip, target);
    // Reading a large sheet's XML is costly: only sheets with a custom property part are opened.
    const hasProperties = [...relationships.values()].some((rel) => rel.type.endsWith("/customProperty"));
    const xml = hasProperties ? await zip.file(target)?.async("string") : undefined;
    const property = async (key: string): Promise<string | null> => (xml ? readSheetProperty(zip, xml, relationships, key) : null);
    const annotations = withAnnotations ? await countAnnotations(zip, relationships) : { comments: 0, notes: 0 };
    sheets.push({ name: decodeXml(name), tag: await property(GENERATED_TAG_PROPERTY), fingerprint: await property(FINGERPRINT_PROPERTY), ...annotations });
  }
  return sheets;
}

async function readSheetProperty(zip: JSZip, xml: string, relationships: Map<string, Relationship>, key: string): Promise<string | null> {
  const property = elements(xml, "customPr").find((element) => decodeXml(element.name ?? "") === key);
  const id = property && relationshipId(property);
  if (!id) return null;
  const partPath = relationships.get(id)?.path;
  const bytes = partPath ? await zip.file(partPath)?.async("uint8array") : undefined;
  if (!bytes) return null;
  const text = decodePropertyValue(bytes).trim();
  return text === "" ? null : text;
}

/**
 * Threaded comments live in a `threadedComment` part (replies carry a parentId); notes in a `comments` part,
 * where Excel also writes a placeholder note for each threaded comment, on the same cell.
 */
async function countAnnotations(zip: JSZip, relationships: Map<string, Relationship>): Promise<{ comments: number; notes: number }> {
  const partsOf = async (suffix: string): Promise<string[]> =>
    Promise.all([...relationships.values()].filter((rel) => rel.type.endsWith(suffix)).map(async (rel) => (await zip.file(rel.path)?.async("string")) ?? ""));
  const threads = (await partsOf("/threadedComment")).flatMap((xml) => elements(xml, "threadedComment")).filter((thread) => thread.parentId === undefined);
  const threaded = new Set(threads.map((thread) => thread.ref));
  const notes = (await partsOf("/comments")).flatMap((xml) => elements(xml, "comment")).filter((note) => !threaded.has(note.ref));
  return { comments: threads.length, notes: notes.length };
}

interface Relationship {
  readonly path: string;
  readonly type: string;
}

/** Relationship id → resolved part path, from the part's `_rels/<name>.rels`. */
async function readRelationships(zip: JSZip, partPath: string): Promise<Map<string, Relationship>> {
  const folder = partPath.slice(0, partPath.lastIndexOf("/") + 1);
  const relsPath = `${folder}_rels/${partPath.slice(folder.length)}.rels`;
  const xml = await zip.file(relsPath)?.async("string");
  const relationships = new Map<string, Relationship>();
  if (!xml) return relationships;
  for (const rel of elements(xml, "Relationship")) {
    if (rel.Id && rel.Target && rel.TargetMode !== "External") {
      relationships.set(rel.Id, { path: resolvePath(folder, decodeXml(rel.Target)), type: rel.Type ?? "" });
    }
  }
  return relationships;
}

function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}

/** The attributes of every `<tag …>` element (any namespace prefix), keyed by local name. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, "g");
  return [...xml.matchAll(pattern)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of match[1].matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const prefixed = attribute[1] ? `${attribute[1]}${attribute[2]}` : attribute[2];
      attributes[prefixed] = attribute[4] ?? attribute[5] ?? "";
    }
    return attributes;
  });
}

/** The relationship id attribute (`r:id`, whatever the prefix). */
function relationshipId(attributes: Record<string, string>): string | undefined {
  const entry = Object.entries(attributes).find(([name]) => /^[\w.-]+:id$/.test(name));
  return entry?.[1];
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function decodePropertyValue(bytes: Uint8Array): string {
  const looksUtf16 = bytes.length >= 2 && bytes.length % 2 === 0 && bytes[1] === 0;
  const text = new TextDecoder(looksUtf16 ? "utf-16le" : "utf-8").decode(bytes);
  return text.replace(/^\ufeff/, "").replace(/\u0000+$/g, "");
}
