/** `bilan-qualite survey <enquete.xlsx|.csv|.tsv> [--year N] [--json]`: the satisfaction survey's figures and problems. */
import { readFile } from "fs/promises";
import { basename } from "path";
import { workbookSurveys } from "../../domain/analysis/survey";
import { chooseSurvey, parseSurveyText, type SurveyChoice } from "../../domain/survey";
import { toSurveyCommandJson } from "../render/survey-json";
import { formatSurveyText } from "../render/survey-text";
import { decodeExportBytes } from "../decode-export";
import { UnusableInputError } from "../../xlsx/errors";
import { readWorkbookFile } from "../../xlsx/read-workbook";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import { SURVEY_CLI_WORDS as W } from "./survey-words";

/** "PK\x03\x04": a zip, so an .xlsx workbook rather than an export. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: a password-protected workbook or an old .xls, which the workbook reader names as such. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, i) => bytes[i] === byte);

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInputError(W.fileMissing(path));
    if (code === "EISDIR") throw new UnusableInputError(W.notAFile(path));
    throw new UnusableInputError(W.fileUnreadable(path));
  }
}

function exportSurvey(bytes: Uint8Array, path: string, year: number | undefined): SurveyChoice {
  const text = decodeExportBytes(bytes);
  if (text.replace(/^\ufeff/, "").trim() === "") throw new UnusableInputError(W.emptyExport(path));
  const survey = parseSurveyText(text);
  if (survey === null) return { ok: false, message: W.noSurveyInExport };
  return { ok: true, survey: year === undefined ? survey : { ...survey, year } };
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const bytes = await readBytes(args.input);
  const isWorkbook = startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE_SIGNATURE);
  const choice = isWorkbook
    ? chooseSurvey(workbookSurveys(await readWorkbookFile(args.input)), args.year)
    : exportSurvey(bytes, args.input, args.year);
  if (!choice.ok) throw new UnusableInputError(W.cannotRead(args.input, choice.message));
  const { survey } = choice;
  io.stdout(args.json ? `${JSON.stringify(toSurveyCommandJson(survey), null, 2)}\n` : formatSurveyText(survey, basename(args.input)));
  return 0;
}
