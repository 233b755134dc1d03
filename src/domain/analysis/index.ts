/** The analysis of a workbook's indicators for a year, and its JSON and text renderings. */
export { analyzeWorkbook, type AnalyzeOptions, type AnalyzeOutcome } from "./analyze-workbook";
export { toAnalysisJson } from "./to-json";
export { formatAnalysisText } from "./format-text";
export { isCallAnswerRate } from "./call-rate";
export { STATUS_LABELS, SEVERITY_LABELS } from "./messages";
export * from "./types";
