/** `bilan-qualite check-telephony <export.csv|.tsv|.txt> [--year N] [--json]`: reads a telephony export and reports its months and problems. */
import { readFile } from "fs/promises";
import { basename } from "path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import { UnusableInputError } from "../../xlsx/errors";
import { parseTelephonyText } from "../../domain/telephony";
import { decodeExportBytes } from "../decode-export";
import { formatTelephonyText, toTelephonyJson } from "../render/telephony-report";
import { TELEPHONY_REPORT_TEXT as R } from "../../domain/telephony/messages";

/** "PK\x03\x04": a zip, so an .xlsx workbook rather than an export. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

async function readExport(path: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(R.fileMissing(path));
    if (code === "EISDIR") throw new UnusableInputError(R.notAFile(path));
    throw new UnusableInputError(R.fileUnreadable(path));
  }
  if (ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new UnusableInputError(R.workbookGiven(path));
  return bytes;
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const text = decodeExportBytes(await readExport(args.input));
  const reading = parseTelephonyText(text, args.year === undefined ? {} : { year: args.year });
  io.stdout(args.json ? `${JSON.stringify(toTelephonyJson(reading), null, 2)}\n` : formatTelephonyText(reading, basename(args.input)));
  return 0;
}
