/**
 * Tags the report's sheets as the add-in does ("summary:2021"): a worksheet custom property named
 * "BilanQualite" — `<customPr name="BilanQualite" r:id="…"/>` in the sheet's XML, whose relationship
 * points to a small part holding the value in UTF-16LE, as Excel writes it. So a later analysis, in the
 * add-in or on the command line, knows these sheets are generated and never reads them as indicators.
 * Beside it, the sheet's fingerprint (FINGERPRINT_PROPERTY, report/annotations/fingerprint.ts) in the same
 * way, so that a later `generate` over this file can tell whether someone wrote in it.
 */
import { FINGERPRINT_PROPERTY } from "../report/annotations/fingerprint";
import { GENERATED_TAG_PROPERTY } from "./read-generated-tags";

const RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";
const RELATIONSHIP_ID = "rIdBilanQualiteTag";
const FINGERPRINT_RELATIONSHIP_ID = "rIdBilanQualiteEmpreinte";

/** The worksheet elements that come after <customProperties> in the schema's order. */
const AFTER_CUSTOM_PROPERTIES =
  /<(cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/;

/** "xl/customPropertyBilanQualite1.bin": the value's part for the n-th sheet (1-based). */
export const tagPartName = (sheetNumber: number): string => `xl/customPropertyBilanQualite${sheetNumber}.bin`;
/** "xl/customPropertyBilanQualiteEmpreinte1.bin": the fingerprint's part for the n-th sheet. */
export const fingerprintPartName = (sheetNumber: number): string => `xl/customPropertyBilanQualiteEmpreinte${sheetNumber}.bin`;

export function withTagElement(sheetXml: string, withFingerprint = false): string {
  const match = AFTER_CUSTOM_PROPERTIES.exec(sheetXml);
  if (!match) return sheetXml;
  const fingerprint = withFingerprint ? `<customPr name="${FINGERPRINT_PROPERTY}" r:id="${FINGERPRINT_RELATIONSHIP_ID}"/>` : "";
  const element = `<customProperties><customPr name="${GENERATED_TAG_PROPERTY}" r:id="${RELATIONSHIP_ID}"/>${fingerprint}</customProperties>`;
  return sheetXml.slice(0, match.index) + element + sheetXml.slice(match.index);
}

/** The sheet's relationships with the tag's (and the fingerprint's), created when the sheet had none. */
export function withTagRelationship(relsXml: string | null, sheetNumber: number, withFingerprint = false): string {
  const target = (part: string): string => `../${part.slice("xl/".length)}`;
  const relationship =
    `<Relationship Id="${RELATIONSHIP_ID}" Type="${RELATIONSHIP_TYPE}" Target="${target(tagPartName(sheetNumber))}"/>` +
    (withFingerprint ? `<Relationship Id="${FINGERPRINT_RELATIONSHIP_ID}" Type="${RELATIONSHIP_TYPE}" Target="${target(fingerprintPartName(sheetNumber))}"/>` : "");
  const base =
    relsXml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  return base.replace("</Relationships>", `${relationship}</Relationships>`);
}

export function withTagContentTypes(contentTypesXml: string, sheetNumbers: readonly number[], withFingerprint = false): string {
  const parts = (n: number): string[] => (withFingerprint ? [tagPartName(n), fingerprintPartName(n)] : [tagPartName(n)]);
  const overrides = sheetNumbers
    .flatMap(parts)
    .map((part) => `<Override PartName="/${part}" ContentType="${CONTENT_TYPE}"/>`)
    .join("");
  return contentTypesXml.replace("</Types>", `${overrides}</Types>`);
}

/** The value as Excel stores it: UTF-16LE. */
export function tagValueBytes(tag: string): Buffer {
  return Buffer.from(tag, "utf16le");
}
