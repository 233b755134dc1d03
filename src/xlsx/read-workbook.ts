/**
 * Reads an .xlsx file into a WorkbookSnapshot with exceljs. Never writes to the input.
 * Anything that makes the file unusable becomes an UnusableInputError with a one-line
 * French message naming the file; exceljs's own errors never reach the user.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { basename } from "path";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { UnusableInputError } from "./errors";
import { readGeneratedTags } from "./read-generated-tags";
import { readInputFile } from "./read-input-file";
import { READ_MESSAGES } from "./read-messages";
import { readSheet } from "./read-sheet";

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
  const zip = await openZip(bytes, name);
  await checkWorkbookParts(zip, name);
  const workbook = await loadWorkbook(bytes, name);
  const tags = await readGeneratedTags(zip).catch(() => new Map<string, string>());
  const dateSystem = workbook.properties.date1904 ? 1904 : 1900;
  const sheets = workbook.worksheets.map((worksheet) => {
    try {
      return readSheet(worksheet, tags.get(worksheet.name) ?? null, dateSystem);
    } catch {
      throw new UnusableInputError(READ_MESSAGES.corrupt(name));
    }
  });
  if (sheets.length === 0) throw new UnusableInputError(READ_MESSAGES.noSheet(name));
  return { sheets };
}

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

function checkSignature(bytes: Buffer, name: string): void {
  if (bytes.length === 0) throw new UnusableInputError(READ_MESSAGES.empty(name));
  if (startsWith(bytes, OLE_MAGIC)) throw new UnusableInputError(READ_MESSAGES.oleCompound(name));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnusableInputError(READ_MESSAGES.notAWorkbook(name));
}

async function openZip(bytes: Buffer, name: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new UnusableInputError(READ_MESSAGES.truncated(name));
  }
}

async function checkWorkbookParts(zip: JSZip, name: string): Promise<void> {
  if (zip.file("xl/workbook.xml")) return;
  if (zip.file("xl/workbook.bin")) throw new UnusableInputError(READ_MESSAGES.binaryWorkbook(name));
  const mimetype = await zip.file("mimetype")?.async("string");
  if (mimetype?.includes("opendocument")) throw new UnusableInputError(READ_MESSAGES.openDocument(name));
  throw new UnusableInputError(READ_MESSAGES.zipNotAWorkbook(name));
}

async function loadWorkbook(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch {
    throw new UnusableInputError(READ_MESSAGES.corrupt(name));
  }
}
