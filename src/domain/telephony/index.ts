/**
 * The monthly call-centre figures: read from a sheet or a pasted/saved export and checked (writing them
 * back is planned in src/report/telephony; the command line renders them in src/cli/render).
 *
 * Decisions the checks follow:
 * - a negative figure is NEGATIVE_VALUE (DOMAIN.md: "a negative … call figure"); an unreadable one,
 *   a missing one, a month label that cannot be read and more lost calls than received are MONTH_UNREADABLE;
 * - of two rows for one month (or one date in daily rows), the first counts and the second is MONTH_DUPLICATE;
 *   a month given both as a monthly total and as days is a duplicate too;
 * - a month row whose figures are all empty (a template not filled in yet) is no row: it is not reported,
 *   and counts as absent for MONTH_MISSING;
 * - with `year` given and months of several years, only that year's months are read;
 * - when no year is known (no option, none in the labels, the sheet name or a title), the months are
 *   checked but not counted, with one MONTH_UNREADABLE asking for the year: "2021-01" needs one.
 */
export { parseTelephonyText } from "./read-text";
export { readTelephonySheet, scanTelephonySheet } from "./read-sheet";
export type { TelephonyReading, TelephonyOptions } from "./reading";
export { readMonthText, readMonthNumber, monthKey, monthLabel, monthLabelOfKey, type MonthRef, type MonthNumber } from "./months";
export { columnRole, type ColumnRole } from "./headers";
export { TELEPHONY_SHEET_TEXT } from "./messages";
