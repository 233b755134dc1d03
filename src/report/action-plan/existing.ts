/**
 * Reads the user's « Plan d'actions » as it is now: where its columns went (found by their headers, the
 * user may have moved them), which indicators it lists, its actions by state and its last used row.
 */
import type { Cell, SheetSnapshot } from "../../domain/snapshot";
import { nameKey } from "../../domain/text/normalize";
import { entryKey } from "./entries";
import { ACTION_PLAN_WORDS, ACTION_STATES, type ActionState } from "./words";

export type ActionColumn = keyof typeof ACTION_PLAN_WORDS.columns;
export const ACTION_COLUMNS = Object.keys(ACTION_PLAN_WORDS.columns) as ActionColumn[];

export interface ExistingActionPlan {
  readonly sheet: SheetSnapshot;
  /** Keys of every indicator a generation ever listed (kept in a tag of the sheet): a row the user deleted stays deleted. */
  readonly remembered: readonly string[];
}

export interface ActionPlanState {
  readonly headerRow: number;
  readonly columns: Readonly<Record<ActionColumn, number>>;
  readonly listed: ReadonlySet<string>;
  readonly byState: ReadonlyMap<ActionState | null, number>;
  readonly actions: number;
  readonly lastRow: number;
}

const textOf = (cell: Cell | undefined): string => (cell === undefined ? "" : cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value));
const HEADER_KEYS = new Map(ACTION_COLUMNS.map((column) => [nameKey(ACTION_PLAN_WORDS.columns[column]), column]));
const STATE_KEYS = new Map<string, ActionState>(ACTION_STATES.map((state) => [nameKey(state), state]));

function findHeader(sheet: SheetSnapshot): { row: number; columns: Record<ActionColumn, number> } | null {
  for (let index = 0; index < sheet.cells.length; index++) {
    const found: Partial<Record<ActionColumn, number>> = {};
    sheet.cells[index].forEach((cell, offset) => {
      const column = HEADER_KEYS.get(nameKey(textOf(cell)));
      if (column !== undefined && found[column] === undefined) found[column] = sheet.origin.column + offset;
    });
    if (found.indicator !== undefined && found.year !== undefined) {
      const columns = {} as Record<ActionColumn, number>;
      ACTION_COLUMNS.forEach((column, position) => (columns[column] = found[column] ?? position + 1));
      return { row: sheet.origin.row + index, columns };
    }
  }
  return null;
}

export function readActionPlan(existing: ExistingActionPlan): ActionPlanState {
  const { sheet } = existing;
  const lastRow = sheet.cells.length === 0 ? 0 : sheet.origin.row + sheet.cells.length - 1;
  const header = findHeader(sheet);
  const listed = new Set(existing.remembered);
  const byState = new Map<ActionState | null, number>();
  let actions = 0;
  if (header === null) {
    const columns = {} as Record<ActionColumn, number>;
    ACTION_COLUMNS.forEach((column, position) => (columns[column] = position + 1));
    return { headerRow: lastRow, columns, listed, byState, actions, lastRow };
  }
  const at = (row: number, column: number): Cell | undefined => sheet.cells[row - sheet.origin.row]?.[column - sheet.origin.column];
  for (let row = header.row + 1; row <= lastRow; row++) {
    const name = textOf(at(row, header.columns.indicator)).trim();
    if (name === "") continue;
    const year = Number(textOf(at(row, header.columns.year)).trim());
    if (Number.isInteger(year)) listed.add(entryKey(name, year));
    const state = STATE_KEYS.get(nameKey(textOf(at(row, header.columns.state)))) ?? null;
    byState.set(state, (byState.get(state) ?? 0) + 1);
    actions++;
  }
  return { headerRow: header.row, columns: header.columns, listed, byState, actions, lastRow };
}
