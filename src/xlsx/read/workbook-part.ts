/**
 * The workbook part (`xl/workbook.xml` as Excel names it): the sheets in tab order, each with its name, its visibility and the part holding its
 * cells; the date system (`<workbookPr date1904="1"/>`, ECMA-376 part 1, §18.2.28). Chart sheets, dialog and
 * macro sheets have no cells to read and are left out.
 */
import type { DateSystem } from "../../domain/date-system";
import { prefixedAttribute, parseXml } from "./parse-xml";
import { readRelationships, relationshipOfType, type Relationship } from "./relationships";
import type { XlsxPackage } from "./xlsx-package";

export const WORKBOOK_PART = "xl/workbook.xml";

/**
 * Where the package's relationships (`_rels/.rels`, ECMA-376 part 2, §9.3) put the workbook part (its
 * `officeDocument`): Excel writes xl/workbook.xml, other writers other names (`wtf/workbook.xml`, `workbook.xml`).
 */
export function workbookPartPath(pkg: XlsxPackage): string {
  const target = relationshipOfType(readRelationships(pkg, ""), "officeDocument")?.path;
  return target !== undefined && pkg.has(target) ? target : WORKBOOK_PART;
}

export interface SheetEntry {
  readonly name: string;
  readonly visible: boolean;
  readonly path: string;
  /** False for a chart sheet, a dialog or a macro sheet. */
  readonly isWorksheet: boolean;
}

export interface WorkbookPart {
  /** Every sheet with a part, in tab order. */
  readonly sheets: readonly SheetEntry[];
  readonly worksheets: readonly SheetEntry[];
  readonly dateSystem: DateSystem;
  readonly sharedStringsPath: string | undefined;
  readonly stylesPath: string | undefined;
}

export function readWorkbookPart(pkg: XlsxPackage, xml: string, path = WORKBOOK_PART): WorkbookPart {
  const relationships = readRelationships(pkg, path);
  const sheets: { name: string; state: string | undefined; id: string | undefined }[] = [];
  let date1904 = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === "sheet") sheets.push({ name: attributes.name ?? "", state: attributes.state, id: prefixedAttribute(attributes, "id") });
      // Excel writes "1"; LibreOffice and others "true" (xsd:boolean).
      else if (name === "workbookPr") date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
    },
  });
  const entries = sheets.flatMap(({ name, state, id }): SheetEntry[] => {
    const target: Relationship | undefined = id === undefined ? undefined : relationships.get(id);
    if (target === undefined) return [];
    return [{ name, visible: state === undefined || state === "visible", path: target.path, isWorksheet: target.type.endsWith("/worksheet") }];
  });
  return {
    sheets: entries,
    worksheets: entries.filter((entry) => entry.isWorksheet),
    dateSystem: date1904 ? 1904 : 1900,
    sharedStringsPath: relationshipOfType(relationships, "sharedStrings")?.path,
    stylesPath: relationshipOfType(relationships, "styles")?.path,
  };
}
