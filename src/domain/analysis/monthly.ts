/** The monthly telephony of the analysed year over every site, and its check against the table's call-answer rate. */
import type { Issue } from "../issues";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "../tables/find-header";
import { scanTelephonySheet } from "../telephony";
import { missingAcrossSites } from "../telephony/missing-months";
import { readTelephonySites } from "../telephony/read-sites";
import type { TableReading } from "../telephony/read-table";
import { combineSites } from "./combine-sites";
import { siteNameOfSheet } from "./site-name";
import type { CombinedMonthly, MonthFigures } from "./types";

export { monthlyDifferences } from "./monthly-differences";

export interface TelephonySheet {
  readonly sheet: SheetSnapshot;
  /** The year the sheet speaks of on its own (its name, title or month labels), null when none. */
  readonly year: number | null;
  /** The years its month labels name (a sheet of daily calls may span several years). */
  readonly monthYears: ReadonlySet<number>;
}

/** The workbook's telephony sheets, each read once on its own terms. */
export function telephonySheets(snapshot: WorkbookSnapshot): TelephonySheet[] {
  return snapshot.sheets.flatMap((sheet) => telephonySheetOf(sheet) ?? []);
}

/** The sheet read as telephony on its own terms; null when it is not, or is an indicator table without a month. */
export function telephonySheetOf(sheet: SheetSnapshot): TelephonySheet | null {
  if (sheet.generatedTag !== null) return null;
  const scan = scanTelephonySheet(sheet);
  if (scan === null || (scan.months.size === 0 && holdsIndicatorHeader(sheet))) return null;
  const monthYears = new Set([...scan.months].map((month) => Number(month.slice(0, 4))).filter((y) => Number.isInteger(y)));
  return { sheet, year: scan.year, monthYears };
}

/** An indicator table's header: a sheet read as telephony without a single month is an indicator sheet after all. */
function holdsIndicatorHeader(sheet: SheetSnapshot): boolean {
  return findHeaderRow(sheet, sheet.origin.row, sheet.origin.row + HEADER_SEARCH_ROWS - 1) !== null;
}

export interface MonthlyPart {
  readonly monthly: CombinedMonthly | null;
  readonly issues: readonly Issue[];
}

interface ReadSite {
  readonly sheet: string;
  readonly site: string | null;
  readonly reading: TableReading;
}

/**
 * Every telephony sheet of the year (by its own year or by months of that year), else those that name no
 * year at all, read for that year; each sheet is a site, or several when it has a site column.
 */
export function monthlyOfYear(sheets: readonly TelephonySheet[], year: number): MonthlyPart {
  const { chosen, read } = readSitesOfYear(sheets, year);
  if (read.length === 0) return { monthly: null, issues: [] };
  if (read.length === 1) {
    const [only] = read;
    const site = { ...only.reading.monthly, name: only.site, sheet: only.sheet };
    return { monthly: { ...only.reading.monthly, sites: [site] }, issues: only.reading.issues };
  }
  const names = siteNames(read);
  const sites = read.map((entry, index) => ({ ...entry.reading.monthly, name: names[index], sheet: entry.sheet }));
  // Each site's own gaps are found again below, with the months the other sites have, and the site named.
  const ownIssues = read.flatMap((entry) => entry.reading.issues.filter((issue) => issue.code !== "MONTH_MISSING"));
  const missing = missingAcrossSites(read.map((entry, index) => ({ name: names[index], present: entry.reading.presentMonths })));
  const sheetOrder = chosen.map(({ sheet }) => sheet.name);
  return { monthly: combineSites(sites), issues: inSheetOrder([...ownIssues, ...missing], sheetOrder) };
}

function readSitesOfYear(sheets: readonly TelephonySheet[], year: number): { chosen: readonly TelephonySheet[]; read: ReadSite[] } {
  const ofYear = sheets.filter((candidate) => candidate.year === year || candidate.monthYears.has(year));
  const chosen = ofYear.length > 0 ? ofYear : sheets.filter((candidate) => candidate.year === null && candidate.monthYears.size === 0);
  const read: ReadSite[] = chosen.flatMap(({ sheet }) =>
    (readTelephonySites(sheet, { year }) ?? []).map((entry) => ({ sheet: sheet.name, site: entry.site, reading: entry.reading })),
  );
  return { chosen, read };
}

/** One telephony site of a year, where pasted figures may go. */
export interface YearSite {
  /** As the user knows it: the site column's value, or the sheet's name for a sheet per site. */
  readonly name: string;
  readonly sheet: string;
  /** The site column's value; null for a sheet per site. */
  readonly siteValue: string | null;
  /** Its valid months as the sheet holds them now. */
  readonly months: readonly MonthFigures[];
}

/** The year's telephony sites, in sheet order then in the order each site column names them. */
export function sitesOfYear(sheets: readonly TelephonySheet[], year: number): YearSite[] {
  return readSitesOfYear(sheets, year).read.map(({ sheet, site, reading }) => ({ name: site ?? sheet, sheet, siteValue: site, months: reading.monthly.months }));
}

/** The site column's value, else the sheet's name without its generic words; the sheet name when two would be alike. */
function siteNames(read: readonly ReadSite[]): string[] {
  const names = read.map((entry) => entry.site ?? siteNameOfSheet(entry.sheet));
  return names.map((name, index) => (names.indexOf(name) === index && names.lastIndexOf(name) === index ? name : (read[index].site ?? read[index].sheet)));
}

function inSheetOrder(issues: readonly Issue[], sheets: readonly string[]): Issue[] {
  const rowOf = (issue: Issue): number => Number(/\d+$/.exec(issue.cell ?? "")?.[0] ?? 0);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => sheets.indexOf(a.issue.sheet ?? "") - sheets.indexOf(b.issue.sheet ?? "") || rowOf(a.issue) - rowOf(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}
