/**
 * The port between the task pane and the adapters: what the pane may ask of a workbook, the settings
 * kept in it and the error for a workbook that holds nothing to analyse. Both sides import it; it
 * imports only the domain's types and the list of the public page's figures.
 */
export type { AnnotatedSheet, AnnotationChoice, AnnotationsFound, GenerateOutcome, GenerateResult, MarksCleared, SurveyApplyOutcome, SurveyPastePreview, PastedSite, SiteChoice, SiteFoldOutcome, SiteRate, TelephonyApplyOutcome, TelephonyPreview, WorkbookOperations } from "./workbook-operations";
export { DEFAULT_SETTINGS, liveChecksOn, publicFiguresOf, type Settings } from "./settings";
export { DEFAULT_PUBLIC_FIGURES, PUBLIC_FIGURE_KINDS, type PublicFigureKind } from "../report/public/kinds";
export { WorkbookNotUsableError } from "./workbook-not-usable";
export type { ExcelRun } from "./excel-run";
export type { LiveUpdate, LiveWatch } from "./live";
export type { CompatibilityItem, CompatibilityItemId, CompatibilityReport, OfficeEnvironment } from "./compatibility";
