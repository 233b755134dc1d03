/** `bilan-qualite analyze <classeur.xlsx> [--year N] [--json]`: the analysis of a workbook, as French text or JSON. */
import { analyzeWorkbook } from "../../domain/analysis";
import { formatAnalysisText } from "../render/analysis-text";
import { toAnalysisJson } from "../render/analysis-json";
import { ANALYSIS_MESSAGES } from "../../domain/analysis/messages";
import { UnusableInputError } from "../../xlsx/errors";
import { readWorkbookFile } from "../../xlsx/read-workbook";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const snapshot = await readWorkbookFile(args.input);
  const outcome = analyzeWorkbook(snapshot, args.year === undefined ? {} : { year: args.year });
  if (!outcome.ok) throw new UnusableInputError(ANALYSIS_MESSAGES.cannotAnalyse(args.input, outcome.message));
  io.stdout(args.json ? `${JSON.stringify(toAnalysisJson(outcome.analysis), null, 2)}\n` : formatAnalysisText(outcome.analysis));
  return 0;
}
