/** The analysis of a workbook's indicators for a year (the command line renders it in src/cli/render). */
export { analyzeWorkbook, type AnalyzeOptions, type AnalyzeOutcome } from "./analyze-workbook";
export { AnalysisMemo } from "./memo";
export { isCallAnswerRate } from "./call-rate";
export { oneSite } from "./combine-sites";
export { STATUS_LABELS, SEVERITY_LABELS } from "./messages";
export * from "./types";
