/**
 * « Plan d'actions »: created by the first generation with a row per indicator not met or to correct and
 * the columns the user fills; afterwards only rows for indicators it has never listed are appended, below
 * everything the user wrote, in the columns where the user's headers now are.
 */
import type { Analysis } from "../../domain/analysis/types";
import { STATUS_LABELS } from "../../domain/analysis";
import type { PlannedActionPlan, PlannedCell, PlannedSheet, PlannedValidation } from "../plan";
import { heightForLines, linesNeeded, numberCell, spanRange, textCell } from "../cells";
import { landscapePrint } from "../page-layout";
import { STATUS_STYLE } from "../styles";
import { formatGeneratedAt } from "../wording";
import { actionEntries, entryKey, type ActionEntry } from "./entries";
import { ACTION_COLUMNS, readActionPlan, type ActionColumn, type ExistingActionPlan } from "./existing";
import { ACTION_PLAN_WORDS as W, ACTION_STATES, actionCountsLine, actionPlanNotRead } from "./words";

export const ACTION_PLAN_HEADER_ROW = 5;

const WIDTHS: Readonly<Record<ActionColumn, number>> = {
  theme: 26, indicator: 38, status: 14, year: 8, action: 48, owner: 18, due: 12, state: 13,
};

const DEFAULT_COLUMNS = Object.fromEntries(ACTION_COLUMNS.map((column, index) => [column, index + 1])) as Record<ActionColumn, number>;

function entryCells(row: number, entry: ActionEntry, at: Readonly<Record<ActionColumn, number>>): PlannedCell[] {
  return [
    textCell(row, at.theme, entry.theme, "text"),
    textCell(row, at.indicator, entry.name, "text"),
    textCell(row, at.status, STATUS_LABELS[entry.status], STATUS_STYLE[entry.status]),
    numberCell(row, at.year, entry.year, "value"),
    { row, column: at.action, value: { kind: "blank" }, style: "text" },
    { row, column: at.owner, value: { kind: "blank" }, style: "text" },
    { row, column: at.due, value: { kind: "blank" }, style: "action-date" },
    textCell(row, at.state, ACTION_STATES[0], "value"),
  ];
}

const entryHeight = (entry: ActionEntry): number =>
  // Narrower than the columns: wrapping breaks at words, and two lines at least leave room to write the action.
  heightForLines(Math.max(linesNeeded(entry.name, WIDTHS.indicator - 6), linesNeeded(entry.theme, WIDTHS.theme - 6), 2));

function stateList(rows: readonly number[], column: number): PlannedValidation[] {
  if (rows.length === 0) return [];
  return [{ range: { top: Math.min(...rows), left: column, bottom: Math.max(...rows), right: column }, list: ACTION_STATES }];
}

export interface ActionPlanContext {
  readonly sheetName: string;
  readonly sourceName: string;
  readonly generatedAt: Date;
}

export function planActionPlanSheet(analysis: Analysis, context: ActionPlanContext): PlannedSheet {
  const last = ACTION_COLUMNS.length;
  const entries = actionEntries(analysis);
  const header = ACTION_PLAN_HEADER_ROW;
  const cells: PlannedCell[] = [
    textCell(1, 1, W.title, "title"),
    textCell(2, 1, W.subtitle(context.sourceName, formatGeneratedAt(context.generatedAt)), "subtitle"),
    textCell(3, 1, W.note, "note"),
    ...ACTION_COLUMNS.map((column, index) => textCell(header, index + 1, W.columns[column], "header")),
  ];
  const merges = [spanRange(1, 1, last), spanRange(2, 1, last), spanRange(3, 1, last)];
  const totalWidth = ACTION_COLUMNS.reduce((sum, column) => sum + WIDTHS[column], 0);
  const heights = [{ row: 1, height: 30 }, { row: 3, height: heightForLines(linesNeeded(W.note, totalWidth * 1.1), 13) }, { row: header, height: 22 }];
  if (entries.length === 0) {
    cells.push(textCell(header - 1, 1, W.none(analysis.year), "detail"));
    merges.push(spanRange(header - 1, 1, last));
    heights.push({ row: header - 1, height: 24 });
  }
  const rows = entries.map((_, index) => header + 1 + index);
  entries.forEach((entry, index) => {
    cells.push(...entryCells(rows[index], entry, DEFAULT_COLUMNS));
    heights.push({ row: rows[index], height: entryHeight(entry) });
  });
  return {
    name: context.sheetName,
    role: "action-plan",
    year: analysis.year,
    cells,
    merges,
    columnWidths: ACTION_COLUMNS.map((column, index) => ({ column: index + 1, width: WIDTHS[column] })),
    rowHeights: heights,
    freeze: { rows: header, columns: 0 },
    print: landscapePrint(header),
    charts: [],
    showGridlines: false,
    validations: stateList(rows, DEFAULT_COLUMNS.state),
  };
}

/** The rows to append for indicators the sheet has never listed; `append` null when there are none. */
export function planActionPlanAppend(analysis: Analysis, existing: ExistingActionPlan): PlannedActionPlan {
  // A sheet read without its cells (past MAX_SHEET_CELLS, sheet-extent.ts) has no known last row to append
  // below: nothing is written to it, and the analysis names it (SHEET_TOO_LARGE).
  if (existing.sheet.oversized !== undefined) return { remembered: [...existing.remembered], append: null };
  const state = readActionPlan(existing);
  const fresh = actionEntries(analysis).filter((entry) => !state.listed.has(entryKey(entry.name, entry.year)));
  const remembered = [...new Set([...state.listed, ...fresh.map((entry) => entryKey(entry.name, entry.year))])];
  if (fresh.length === 0) return { remembered, append: null };
  const rows = fresh.map((_, index) => state.lastRow + 1 + index);
  return {
    remembered,
    append: {
      sheet: existing.sheet.name,
      cells: fresh.flatMap((entry, index) => entryCells(rows[index], entry, state.columns)),
      rowHeights: fresh.map((entry, index) => ({ row: rows[index], height: entryHeight(entry) })),
      validations: stateList(rows, state.columns.state),
    },
  };
}

export function rememberedKeys(analysis: Analysis): string[] {
  return actionEntries(analysis).map((entry) => entryKey(entry.name, entry.year));
}

export interface ActionPlanOutcome {
  /** The sheet to create, null when the user's is appended to. */
  readonly sheet: PlannedSheet | null;
  readonly actionPlan: PlannedActionPlan;
  /** The summary's line: the actions counted by state. */
  readonly summaryLine: string;
}

/** Creates the sheet when the workbook has none, else appends to the user's; counts the actions by state either way. */
export function planActionPlan(analysis: Analysis, existing: ExistingActionPlan | null, context: ActionPlanContext): ActionPlanOutcome {
  if (existing === null) {
    const sheet = planActionPlanSheet(analysis, context);
    const total = actionEntries(analysis).length;
    return {
      sheet,
      actionPlan: { remembered: rememberedKeys(analysis), append: null },
      summaryLine: actionCountsLine(total, new Map([[ACTION_STATES[0], total]]), context.sheetName),
    };
  }
  const actionPlan = planActionPlanAppend(analysis, existing);
  if (existing.sheet.oversized !== undefined) return { sheet: null, actionPlan, summaryLine: actionPlanNotRead(existing.sheet.name) };
  const state = readActionPlan(existing);
  const added = (actionPlan.append?.cells.length ?? 0) / ACTION_COLUMNS.length;
  const byState = new Map(state.byState);
  byState.set(ACTION_STATES[0], (byState.get(ACTION_STATES[0]) ?? 0) + added);
  return { sheet: null, actionPlan, summaryLine: actionCountsLine(state.actions + added, byState, existing.sheet.name) };
}
