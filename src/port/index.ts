/**
 * The port between the task pane and the adapters: what the pane may ask of a workbook, the settings
 * kept in it and the error for a workbook that holds nothing to analyse. Both sides import it; it
 * imports only the domain's types.
 */
export type { AnnotatedSheet, AnnotationChoice, AnnotationsFound, GenerateOutcome, GenerateResult, SurveyApplyOutcome, SurveyPastePreview, SiteRate, TelephonyApplyOutcome, TelephonyPreview, WorkbookOperations } from "./workbook-operations";
export { DEFAULT_SETTINGS, liveChecksOn, type Settings } from "./settings";
export { WorkbookNotUsableError } from "./workbook-not-usable";
export type { ExcelRun } from "./excel-run";
export type { LiveUpdate, LiveWatch } from "./live";
export type { CompatibilityItem, CompatibilityItemId, CompatibilityReport, OfficeEnvironment } from "./compatibility";
