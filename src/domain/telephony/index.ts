/** The monthly call-centre figures: read from a sheet or a pasted/saved export, checked, and written back. */
export { decodeTelephonyBytes } from "./decode";
export { parseTelephonyText } from "./read-text";
export { readTelephonySheet } from "./read-sheet";
export { planTelephonyUpsert } from "./upsert";
export type { TelephonyReading, TelephonyOptions } from "./reading";
export type { TelephonyUpsertPlan, SkipReason } from "./upsert-types";
export { readMonthText, readMonthNumber, monthKey, monthLabel, monthLabelOfKey, MONTH_NAMES, type MonthRef, type MonthNumber } from "./months";
export { columnRole, type ColumnRole } from "./headers";
export { TELEPHONY_SHEET_TEXT } from "./messages";
export { toTelephonyJson, formatTelephonyText, type TelephonyJson } from "./report";
