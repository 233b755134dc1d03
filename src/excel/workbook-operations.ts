/**
 * WorkbookOperations for the task pane over any `run` shaped like Excel.run: Office.js in Excel, the
 * simulated host in tests and in the playground. Every failure reaches the pane as a French message.
 */
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import type { GenerateOutcome, Settings, TelephonyApplyOutcome, TelephonyPreview, WorkbookOperations } from "../port";
import { inFrench } from "./errors";
import { analyzeReading, generateReport } from "./generate";
import { clearMarks, markIssues } from "./marks";
import { selectCell, showSheet } from "./navigation";
import { readWorkbook } from "./read-snapshot";
import type { ExcelRun } from "../port";
import { loadSettings, queueSaveSettings } from "./settings-store";
import { applyTelephony, checkTelephonySheet, previewTelephony } from "./telephony";

export interface OperationsOptions {
  /** The clock for the report's "generated on" line. */
  readonly now?: () => Date;
}

export function createWorkbookOperations(run: ExcelRun, options: OperationsOptions = {}): WorkbookOperations {
  const now = options.now ?? (() => new Date());
  const inExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => inFrench(() => run(batch));
  return {
    analyze: (settings: Settings): Promise<Analysis> => inExcel(async (context) => analyzeReading(await readWorkbook(context), settings.year)),
    selectCell: (sheet: string, cell: string): Promise<void> => inExcel((context) => selectCell(context, sheet, cell)),
    markIssues: (issues: readonly Issue[]): Promise<number> => inExcel((context) => markIssues(context, issues)),
    clearMarks: (): Promise<number> => inExcel((context) => clearMarks(context)),
    generateReport: (settings: Settings): Promise<GenerateOutcome> => inExcel((context) => generateReport(context, settings, now)),
    showSheet: (sheet: string): Promise<void> => inExcel((context) => showSheet(context, sheet)),
    loadSettings: (): Promise<Settings> => inExcel((context) => loadSettings(context)),
    saveSettings: (settings: Settings): Promise<void> =>
      inExcel(async (context) => {
        queueSaveSettings(context, settings);
        await context.sync();
      }),
    previewTelephony: (text: string, year: number | null): Promise<TelephonyPreview> => inExcel((context) => previewTelephony(context, text, year)),
    applyTelephony: (preview: TelephonyPreview): Promise<TelephonyApplyOutcome> => inExcel((context) => applyTelephony(context, preview)),
    checkTelephonySheet: (year: number | null): Promise<TelephonyPreview> => inExcel((context) => checkTelephonySheet(context, year)),
  };
}
