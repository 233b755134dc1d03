/**
 * WorkbookOperations for the task pane over any `run` shaped like Excel.run: Office.js in Excel, the
 * simulated host in tests and in the playground. Every failure reaches the pane as a French message.
 */
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import type { AnnotationChoice, CompatibilityReport, GenerateResult, LiveUpdate, OfficeEnvironment, SurveyApplyOutcome, SurveyPastePreview, LiveWatch, MarksCleared, Settings, TelephonyApplyOutcome, TelephonyPreview, WorkbookOperations } from "../port";
import { SYSTEM_CLOCK, type Clock } from "./clock";
import { OwnWrites } from "./own-writes";
import { inFrench } from "./errors";
import { selectCell, showSheet } from "./navigation";
import type { ExcelRun } from "../port";
import { loadSettings, queueSaveSettings } from "./settings-store";
import { knownSheets, queueSheetNames, rememberReading } from "./known-sheets";
import type { ChangeTracker } from "./change-tracker";

// The report planner and the telephony entry are fetched the first time they are used (webpack chunks), so the
// pane's first paint loads only what Analyser needs.
const analysisEngine = () => import(/* webpackChunkName: "analysis", webpackPrefetch: true */ "./analyze-workbook-in-excel");
const cellMarks = () => import(/* webpackChunkName: "marks" */ "./marks");
const reportWriter = () => import(/* webpackChunkName: "report" */ "./generate");
const compatibility = () => import(/* webpackChunkName: "compatibility" */ "./compatibility/check-compatibility");
const telephony = () => import(/* webpackChunkName: "telephony" */ "./telephony");
const surveyEntry = () => import(/* webpackChunkName: "survey-entry" */ "./survey-entry");
const liveChecks = () => import(/* webpackChunkName: "analysis" */ "./change-tracker");

/** Half a second without an edit ends a burst. */
const QUIET_MS = 500;

export interface OperationsOptions {
  /** The clock for the report's "generated on" line. */
  readonly now?: () => Date;
  /** The timers of the live checks (a burst ends after `quietMs` without an edit). */
  readonly clock?: Clock;
  readonly quietMs?: number;
  /** What Office says about itself (`Office.context`), read when the compatibility check runs. */
  readonly office?: () => OfficeEnvironment;
}

export function createWorkbookOperations(run: ExcelRun, options: OperationsOptions = {}): WorkbookOperations {
  const now = options.now ?? (() => new Date());
  const clock = options.clock ?? SYSTEM_CLOCK;
  const quietMs = options.quietMs ?? QUIET_MS;
  const ownWrites = new OwnWrites(clock, quietMs);
  const office = options.office ?? ((): OfficeEnvironment => ({}));
  const inExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => inFrench(() => run(batch));
  /** A write of the add-in's: the changes it raises are not the user's and are not checked. */
  const writing = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => ownWrites.during(() => inExcel(batch));
  /** The sheets' names as the last read saw them: the fold reads the workbook by name in one sync (read-in-one-sync.ts). */
  const known = knownSheets();
  /** The live checks under way, whose baseline Analyser's read renews. */
  let watching: ChangeTracker | null = null;
  /** A write of the add-in's to the workbook's values (not only formats): the live checks' next read is whole. */
  const writingData = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await writing(batch);
    } finally {
      // Even a failed write may have left some of its commands applied.
      watching?.dataWritten();
    }
  };
  return {
    analyze: async (settings: Settings): Promise<Analysis> => {
      const { analyzeWorkbookInExcel, readWorkbook } = await analysisEngine();
      const tracker = watching?.watching ? watching : null;
      if (tracker === null) return inExcel((context) => analyzeWorkbookInExcel(context, settings.year, known));
      // One full read serves Analyser and becomes the live checks' baseline.
      const reading = await inExcel((context) => readWorkbook(context));
      rememberReading(known, reading);
      return inFrench(() => tracker.adopt(reading, settings.year));
    },
    selectCell: (sheet: string, cell: string): Promise<void> => inExcel((context) => selectCell(context, sheet, cell)),
    markIssues: async (issues: readonly Issue[]): Promise<number> => {
      const { markIssues } = await cellMarks();
      return writing((context) => markIssues(context, issues));
    },
    clearMarks: async (): Promise<MarksCleared> => {
      const { clearMarks } = await cellMarks();
      return writing((context) => clearMarks(context));
    },
    generateReport: async (settings: Settings, choice?: AnnotationChoice): Promise<GenerateResult> => {
      const { generateReport } = await reportWriter();
      const notes = office().requirements?.isSetSupported("ExcelApi", "1.18") === true;
      // A generation adds, renames and deletes sheets: the next fold reads as Analyser does.
      known.names = null;
      return writingData((context) => generateReport(context, settings, now, { choice, notes }));
    },
    showSheet: (sheet: string): Promise<void> => inExcel((context) => showSheet(context, sheet)),
    // The settings' read, when the pane opens, also lists the sheets (same sync): the first fold then reads in one.
    loadSettings: (): Promise<Settings> =>
      inExcel(async (context) => {
        const remember = queueSheetNames(context, known);
        const settings = await loadSettings(context);
        remember();
        return settings;
      }),
    saveSettings: (settings: Settings): Promise<void> =>
      inExcel(async (context) => {
        queueSaveSettings(context, settings);
        await context.sync();
      }),
    previewTelephony: async (text: string, year: number | null): Promise<TelephonyPreview> => {
      const { previewTelephony } = await telephony();
      return inExcel((context) => previewTelephony(context, text, year, known));
    },
    applyTelephony: async (preview: TelephonyPreview): Promise<TelephonyApplyOutcome> => {
      const { applyTelephony } = await telephony();
      return writingData((context) => applyTelephony(context, preview, known));
    },
    previewSurvey: async (text: string, year: number | null): Promise<SurveyPastePreview> => {
      const { previewSurvey } = await surveyEntry();
      return inExcel((context) => previewSurvey(context, text, year));
    },
    applySurvey: async (preview: SurveyPastePreview): Promise<SurveyApplyOutcome> => {
      const { applySurvey } = await surveyEntry();
      return writingData((context) => applySurvey(context, preview, known));
    },
    checkTelephonySheet: async (year: number | null): Promise<TelephonyPreview> => {
      const { checkTelephonySheet } = await telephony();
      return inExcel((context) => checkTelephonySheet(context, year, known));
    },
    watchChanges: async (settings: Settings, listener: (update: LiveUpdate) => void): Promise<LiveWatch> => {
      const { ChangeTracker } = await liveChecks();
      const nameChangedEvents = office().requirements?.isSetSupported("ExcelApi", "1.17") ?? false;
      const triggerSource = office().requirements?.isSetSupported("ExcelApi", "1.14") ?? false;
      const tracker = await inFrench(() => ChangeTracker.start(run, settings, listener, { clock, ownWrites, quietMs, nameChangedEvents, triggerSource }));
      watching = tracker;
      return tracker;
    },
    checkCompatibility: async (): Promise<CompatibilityReport> => {
      const { checkCompatibility } = await compatibility();
      // Its temporary sheet's edits are the add-in's own: the live checks ignore them.
      return ownWrites.during(() => inFrench(() => checkCompatibility(run, office())));
    },
  };
}
