/**
 * Reads an .xlsx file into a WorkbookSnapshot. Never writes to the input. Anything that makes the file
 * unusable becomes an UnusableInputError with a one-line French message naming the file; the parsers' own
 * errors never reach the user.
 *
 * The package is unzipped by fflate and each part walked once by saxes, the snapshot built as the cells
 * go by: exceljs (which the add-in used here before) builds its whole workbook model first, for the
 * snapshot to be built from it after, and that cost the analysis its 1.2 × load target (README, Performance).
 */
import { basename } from "path";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { UnusableInputError } from "./errors";
import { customPropertyValue, GENERATED_TAG_PROPERTY } from "./read-generated-tags";
import { readInputFile } from "./read-input-file";
import { READ_MESSAGES } from "./read-messages";
import { sheetSnapshot } from "./read-sheet";
import { readRelationships } from "./read/relationships";
import { readSharedStrings } from "./read/shared-strings-part";
import { readStyleNumberFormats } from "./read/styles-part";
import { readWorkbookPart, WORKBOOK_PART, workbookPartPath, type WorkbookPart } from "./read/workbook-part";
import { readWorksheet } from "./read/worksheet-part";
import { openPackage, type XlsxPackage } from "./read/xlsx-package";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];
const LOCK_PREFIX = "~$";

export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  const bytes = await readInputFile(path);
  checkNotLockFile(path, bytes);
  return readWorkbookBuffer(bytes, { name: path });
}

/**
 * Excel keeps a small owner file `~$classeur.xlsx` beside a workbook while it is open (the user's
 * name, not a workbook): chosen by mistake, it deserves better than « pas un classeur ».
 */
function checkNotLockFile(path: string, bytes: Buffer): void {
  const name = basename(path);
  if (!name.startsWith(LOCK_PREFIX) || startsWith(bytes, ZIP_MAGIC)) return;
  throw new UnusableInputError(READ_MESSAGES.lockFile(path, name.slice(LOCK_PREFIX.length)));
}

export interface ReadOptions {
  /** How messages name the input (a path, a file name); "classeur fourni" by default. */
  readonly name?: string;
}

export async function readWorkbookBuffer(buffer: Buffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const name = options.name ?? READ_MESSAGES.bufferName;
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  checkSignature(bytes, name);
  const pkg = openZip(bytes, name);
  const workbook = checkWorkbookParts(pkg, name);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = readSnapshot(pkg, readWorkbookPart(pkg, workbook.xml, workbook.path));
  } catch {
    throw new UnusableInputError(READ_MESSAGES.corrupt(name));
  }
  if (snapshot.sheets.length === 0) throw new UnusableInputError(READ_MESSAGES.noSheet(name));
  return snapshot;
}

function readSnapshot(pkg: XlsxPackage, workbook: WorkbookPart): WorkbookSnapshot {
  const context = {
    sharedStrings: readSharedStrings(workbook.sharedStringsPath && pkg.text(workbook.sharedStringsPath)),
    numberFormats: readStyleNumberFormats(workbook.stylesPath && pkg.text(workbook.stylesPath)),
    dateSystem: workbook.dateSystem,
  };
  const sheets = workbook.worksheets.map((entry) => {
    const xml = pkg.text(entry.path);
    if (xml === undefined) throw new Error(`missing part ${entry.path}`);
    const content = readWorksheet(xml, context);
    const tagId = content.customProperties.get(GENERATED_TAG_PROPERTY);
    const generatedTag = tagId === undefined ? null : generatedTagOf(pkg, entry.path, tagId);
    return sheetSnapshot({ name: entry.name, visible: entry.visible, generatedTag }, content);
  });
  return { sheets };
}

/** A tag that cannot be read leaves the sheet the user's own: it is never overwritten as a report. */
function generatedTagOf(pkg: XlsxPackage, sheetPath: string, id: string): string | null {
  try {
    return customPropertyValue(pkg, readRelationships(pkg, sheetPath), id);
  } catch {
    return null;
  }
}

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

function checkSignature(bytes: Buffer, name: string): void {
  if (bytes.length === 0) throw new UnusableInputError(READ_MESSAGES.empty(name));
  if (startsWith(bytes, OLE_MAGIC)) throw new UnusableInputError(READ_MESSAGES.oleCompound(name));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnusableInputError(READ_MESSAGES.notAWorkbook(name));
}

function openZip(bytes: Buffer, name: string): XlsxPackage {
  try {
    return openPackage(bytes);
  } catch {
    throw new UnusableInputError(READ_MESSAGES.truncated(name));
  }
}

/** The workbook part's path and text, or why there is none. */
function checkWorkbookParts(pkg: XlsxPackage, name: string): { path: string; xml: string } {
  let path = WORKBOOK_PART;
  try {
    path = workbookPartPath(pkg);
  } catch {
    // Unreadable package relationships: the workbook is looked for where Excel puts it.
  }
  const xml = pkg.text(path);
  if (xml !== undefined) return { path, xml };
  if (pkg.has("xl/workbook.bin")) throw new UnusableInputError(READ_MESSAGES.binaryWorkbook(name));
  if (pkg.text("mimetype")?.includes("opendocument")) throw new UnusableInputError(READ_MESSAGES.openDocument(name));
  throw new UnusableInputError(READ_MESSAGES.zipNotAWorkbook(name));
}
