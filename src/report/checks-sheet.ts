/** The "Contrôles <année>" sheet: the counts, then every problem found, errors first. */
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import type { PlannedCell, PlannedSheet } from "./plan";
import { heightForLines, spanRange, textCell } from "./cells";
import { CHECKS_WORDS, formatGeneratedAt, SEVERITY_LABELS } from "./wording";
import { landscapePrint } from "./page-layout";

export interface ChecksContext {
  readonly sheetName: string;
  readonly sourceName: string;
  readonly generatedAt: Date;
  /** True when the report lives in the source workbook: the cell column links to the cell. */
  readonly linkToSource: boolean;
}

export const CHECKS_HEADER_ROW = 5;

const COLUMNS = [
  { header: CHECKS_WORDS.columns.severity, width: 16 },
  { header: CHECKS_WORDS.columns.sheet, width: 22 },
  { header: CHECKS_WORDS.columns.cell, width: 10 },
  { header: CHECKS_WORDS.columns.indicator, width: 38 },
  { header: CHECKS_WORDS.columns.code, width: 30 },
  { header: CHECKS_WORDS.columns.message, width: 70 },
] as const;

/** Errors before warnings, each group in the order found. */
export function orderedIssues(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity === "warning")];
}

function locationCell(row: number, issue: Issue, linkToSource: boolean): PlannedCell {
  if (issue.cell && issue.sheet && linkToSource) {
    return textCell(row, 3, issue.cell, "link", { kind: "cell", sheet: issue.sheet, cell: issue.cell });
  }
  const text = issue.cell ?? (issue.line !== undefined ? CHECKS_WORDS.line(issue.line) : "");
  return textCell(row, 3, text, "text");
}

function issueRow(row: number, issue: Issue, linkToSource: boolean): PlannedCell[] {
  return [
    textCell(row, 1, SEVERITY_LABELS[issue.severity], issue.severity === "error" ? "severity-error" : "severity-warning"),
    textCell(row, 2, issue.sheet ?? "", "text"),
    locationCell(row, issue, linkToSource),
    textCell(row, 4, issue.indicator ?? "", "text"),
    textCell(row, 5, issue.code, "text"),
    textCell(row, 6, issue.message, "text"),
  ];
}

const messageLines = (issue: Issue): number => {
  const messageWidth = COLUMNS[5].width * 1.1 - 1;
  const indicatorWidth = COLUMNS[3].width * 1.1 - 1;
  return Math.max(1, Math.ceil(issue.message.length / messageWidth), Math.ceil((issue.indicator ?? "").length / indicatorWidth));
};

export function planChecksSheet(analysis: Analysis, context: ChecksContext): PlannedSheet {
  const last = COLUMNS.length;
  const errors = analysis.issues.filter((issue) => issue.severity === "error").length;
  const warnings = analysis.issues.length - errors;
  const cells: PlannedCell[] = [
    textCell(1, 1, CHECKS_WORDS.title(analysis.year), "title"),
    textCell(2, 1, CHECKS_WORDS.subtitle(context.sourceName, formatGeneratedAt(context.generatedAt)), "subtitle"),
    textCell(3, 1, CHECKS_WORDS.errors(errors), "count-error"),
    textCell(3, 2, CHECKS_WORDS.warnings(warnings), "count-warning"),
    ...COLUMNS.map((column, index) => textCell(CHECKS_HEADER_ROW, index + 1, column.header, "header")),
  ];
  const heights = [{ row: 1, height: 30 }, { row: 3, height: 20 }, { row: CHECKS_HEADER_ROW, height: 22 }];
  const merges = [spanRange(1, 1, last), spanRange(2, 1, last)];
  const issues = orderedIssues(analysis.issues);
  if (issues.length === 0) {
    cells.push(textCell(CHECKS_HEADER_ROW + 1, 1, CHECKS_WORDS.none, "no-problem"));
    merges.push(spanRange(CHECKS_HEADER_ROW + 1, 1, last));
  }
  issues.forEach((issue, index) => {
    const row = CHECKS_HEADER_ROW + 1 + index;
    cells.push(...issueRow(row, issue, context.linkToSource));
    heights.push({ row, height: heightForLines(messageLines(issue)) });
  });
  return {
    name: context.sheetName,
    role: "checks",
    year: analysis.year,
    cells,
    merges,
    columnWidths: COLUMNS.map((column, index) => ({ column: index + 1, width: column.width })),
    rowHeights: heights,
    freeze: { rows: CHECKS_HEADER_ROW, columns: 0 },
    print: landscapePrint(CHECKS_HEADER_ROW),
    charts: [],
    showGridlines: false,
  };
}
