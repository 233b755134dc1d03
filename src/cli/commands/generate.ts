/**
 * `bilan-qualite generate <classeur.xlsx> --out <rapport.xlsx> [--year N]`: writes a NEW workbook holding
 * the report (summary, checks, chart data and native charts). The input is only read, never written. A
 * report already at --out that someone annotated since is kept under « … (annotée).xlsx » (annotated-output.ts).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyzeWorkbook } from "../../domain/analysis";
import { ANALYSIS_MESSAGES } from "../../domain/analysis/messages";
import { DEFAULT_PUBLIC_FIGURES, planReport } from "../../report";
import { GENERATE_WORDS } from "../../report/wording";
import { UnusableInputError } from "../../xlsx/errors";
import { readWorkbookFile } from "../../xlsx/read-workbook";
import { writeReportFile } from "../../xlsx/write-report";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import { MESSAGES } from "../messages";
import { annotationsIn, keepAnnotatedFile } from "../annotated-output";

const EXIT = { done: 0, failed: 1, usage: 2 } as const;

/** The same file, by path or (when both exist) by device and inode: a link to the input counts as the input. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [first, second] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return first !== null && second !== null && first.dev === second.dev && first.ino === second.ino;
}

function writeFailure(out: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  return GENERATE_WORDS.cannotWrite(out, GENERATE_WORDS.writeReasons[code] ?? GENERATE_WORDS.unknownWriteReason);
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const out = args.out;
  if (out === null) {
    io.stderr(`${MESSAGES.missingOut}\n`);
    return EXIT.usage;
  }
  if (path.extname(out).toLowerCase() !== ".xlsx") {
    io.stderr(`${GENERATE_WORDS.notXlsx(out)}\n`);
    return EXIT.usage;
  }
  if (await isSameFile(args.input, out)) {
    io.stderr(`${GENERATE_WORDS.sameAsInput(args.input)}\n`);
    return EXIT.usage;
  }
  const snapshot = await readWorkbookFile(args.input);
  const outcome = analyzeWorkbook(snapshot, args.year === undefined ? {} : { year: args.year });
  if (!outcome.ok) throw new UnusableInputError(ANALYSIS_MESSAGES.cannotAnalyse(args.input, outcome.message));
  const plan = planReport(outcome.analysis, {
    sourceName: path.basename(args.input),
    generatedAt: new Date(),
    tolerance: 0,
    linkToSource: false,
    existingSheetNames: [],
    // A standalone report: the action plan is written fresh each time.
    actionPlan: null,
    // The page for the public with the call-answer rate, the e-mail delay and the satisfaction, those the year has.
    publicFigures: DEFAULT_PUBLIC_FIGURES,
  });
  const annotated = await annotationsIn(out);
  let keptAs: string | null = null;
  try {
    if (annotated.length > 0) keptAs = await keepAnnotatedFile(out);
    await writeReportFile(plan, out);
  } catch (error) {
    io.stderr(`${writeFailure(out, error)}\n`);
    return EXIT.failed;
  }
  if (keptAs !== null) io.stdout(GENERATE_WORDS.keptAnnotated(out, keptAs, annotated));
  io.stdout(GENERATE_WORDS.written(out, plan.sheets.map((sheet) => sheet.name)));
  return EXIT.done;
}
