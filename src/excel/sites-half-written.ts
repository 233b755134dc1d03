/**
 * After Excel refused the batch that writes several sites' rows into one sheet with a site column (one plan per
 * site, one after the other: telephony.ts): which of each site's rows are in the sheet, and where. Excel keeps the
 * commands before the refused one and does not say which one it refused (half-written.ts), and a later site's
 * insertions move an earlier site's rows, so the rows where any point the batch could have stopped at
 * (fold-stages.ts) puts a site's row are read back in one sync, and matched against each such point. Rows are named
 * only when the read fits such points and they all say the same; else the message says it cannot be known.
 */
import { rangeA1 } from "../domain/address";
import { cellAt, isExcelError, lastColumn, type Cell, type SheetSnapshot } from "../domain/snapshot";
import { foldStages, type FoldStage } from "../report/telephony/fold-stages";
import type { TelephonyUpsertPlan } from "../report/telephony";
import type { PlannedCell } from "../report/plan";
import { alreadyHeld, holds, rowsHeld, type ReadCell } from "./half-written";
import { snapshotNumber, type DateSystem } from "./date-system";
import { HALF_WRITTEN_TEXT } from "./messages";

/** One sheet's sites, as planned on the sheet read before the write. */
export interface SitesFold {
  readonly sheet: SheetSnapshot;
  readonly plans: readonly TelephonyUpsertPlan[];
  /** The site of each plan, as the user knows it. */
  readonly sites: readonly string[];
}

export interface SitesAccount {
  readonly said: string;
  /** Some of the sites' rows are not (wholly) written. */
  readonly missing: boolean;
}

/** The rows read back, in runs of consecutive rows, over the sheet's columns and the planned ones. */
interface Band {
  readonly runs: readonly { readonly top: number; readonly bottom: number }[];
  readonly left: number;
  readonly right: number;
}

/**
 * Where any stage puts a site's row or a row it inserted, and the rows either side. The stage the batch stopped at
 * fits any set of rows, so reading only these cannot name a wrong row: a stage that fits them only by chance either
 * says the same or makes the account unknown. Rows far below (years of daily figures) are not read.
 */
function bandOf({ sheet, plans }: Pick<SitesFold, "sheet" | "plans">, stages: readonly FoldStage[]): Band {
  const rows = new Set<number>();
  const around = (row: number) => [row - 1, row, row + 1].filter((near) => near >= 1).forEach((near) => rows.add(near));
  for (const stage of stages) {
    stage.insertedRows.forEach(around);
    plans.forEach((plan, index) => new Set(plan.writes.map((cell) => cell.row)).forEach((row) => {
      const at = stage.rowAt[index](row);
      if (at !== null) around(at);
    }));
  }
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: { top: number; bottom: number }[] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row });
  }
  const columns = plans.flatMap((plan) => plan.writes.map((cell) => cell.column));
  return { runs, left: Math.min(sheet.origin.column, ...columns), right: Math.max(lastColumn(sheet), ...columns) };
}

const EMPTY_READ: ReadCell = { value: "", formula: "", numberFormat: "General" };

/**
 * Whether Excel's cell holds the constant expected there. A formula, expected or found, matches anything:
 * Excel rewrites references when rows are inserted, and values computed from them change.
 */
function sameConstant(expected: Cell, { value, formula, numberFormat }: ReadCell, dateSystem: DateSystem): boolean {
  if ((typeof formula === "string" && formula.startsWith("=") && formula !== value) || expected.formula !== null) return true;
  const wanted = expected.value;
  if (wanted === null) return value === "" || value === null || value === undefined;
  if (typeof wanted === "number") return typeof value === "number" && Math.abs(snapshotNumber(value, numberFormat, dateSystem) - wanted) < 1e-9;
  if (isExcelError(wanted)) return value === wanted.error;
  return value === wanted;
}

/** Whether the read could be this stage: every cell as the stage leaves it, or, for the next plan's cells, written. */
function fits(stage: FoldStage, plans: readonly TelephonyUpsertPlan[], band: Band, read: (row: number, column: number) => ReadCell, dateSystem: DateSystem): boolean {
  const next = plans[stage.applied];
  const writing = new Map<string, PlannedCell>(next !== undefined && stage.inserted === next.insertRowsBefore.length ? next.writes.map((cell) => [`${cell.row}:${cell.column}`, cell]) : []);
  for (const row of band.runs.flatMap(({ top, bottom }) => Array.from({ length: bottom - top + 1 }, (_, index) => top + index))) {
    for (let column = band.left; column <= band.right; column++) {
      const found = read(row, column);
      if (sameConstant(cellAt(stage.sheet, row, column), found, dateSystem)) continue;
      const planned = writing.get(`${row}:${column}`);
      if (planned === undefined || !holds(planned, found.value, found.formula, found.numberFormat, dateSystem)) return false;
    }
  }
  return true;
}

/** A plan's cells that no later plan writes again (a Total row's sums are each site's plan's; the last one's stay). */
function ownCells(plans: readonly TelephonyUpsertPlan[], index: number, last: FoldStage): PlannedCell[] {
  const key = (plan: number, cell: PlannedCell) => `${last.rowAt[plan](cell.row)}:${cell.column}`;
  const later = new Set(plans.flatMap((plan, other) => (other > index ? plan.writes.map((cell) => key(other, cell)) : [])));
  return plans[index].writes.filter((cell) => !later.has(key(index, cell)));
}

/**
 * Each site's rows where the stage puts them, told apart by what the read finds in the cells their write changes
 * (a row whose cells all held their figures already is written). A formula a site wrote before the stop, that later
 * rows inserted above it moved, is held whatever its references became: Excel adjusts the references of cells an
 * insertion moves down (https://learn.microsoft.com/answers/questions/678811/sum-formula); the simulator does not.
 */
function accountAt(stage: FoldStage, stages: readonly FoldStage[], { sheet, plans, sites }: SitesFold, read: (row: number, column: number) => ReadCell, dateSystem: DateSystem): SitesAccount {
  let missing = false;
  const last = stages[stages.length - 1];
  const said = plans.map((plan, index) => {
    const beforeWrites = stages.find((other) => other.applied === index && other.inserted === plan.insertRowsBefore.length)?.sheet as SheetSnapshot;
    const at = stage.rowAt[index];
    const readAs = (row: number, column: number): ReadCell => {
      const found = read(row, column);
      const planned = index < stage.applied && typeof found.formula === "string" && found.formula.startsWith("=")
        ? plan.writes.find((cell) => at(cell.row) === row && at(cell.row) !== cell.row && cell.column === column && cell.value.kind === "formula")
        : undefined;
      return planned?.value.kind === "formula" ? { ...found, formula: planned.value.formula } : found;
    };
    const changing = ownCells(plans, index, last).filter((cell) => !alreadyHeld(cell, cellAt(beforeWrites, cell.row, cell.column)));
    const placed = changing.flatMap((cell) => {
      const row = at(cell.row);
      return row === null ? [] : [{ ...cell, row }];
    });
    const toAdd = new Set(changing.filter((cell) => at(cell.row) === null).map((cell) => cell.row)).size;
    const inserted = index === stage.applied ? stage.insertedRows : [];
    const rows = placed.length === 0 ? { written: [], partial: [], notWritten: [], blank: [] } : rowsHeld(placed, readAs, inserted, dateSystem);
    const unchanged = [...new Set(ownCells(plans, index, last).map((cell) => cell.row))].filter((row) => !changing.some((cell) => cell.row === row)).flatMap((row) => at(row) ?? []);
    const account = { ...rows, written: [...rows.written, ...unchanged].sort((a, b) => a - b) };
    if (toAdd + account.partial.length + account.notWritten.length + account.blank.length > 0) missing = true;
    return HALF_WRITTEN_TEXT.siteRows(sheet.name, sites[index], account, toAdd);
  });
  return { said: said.join(" "), missing };
}

interface RunRead {
  readonly top: number;
  readonly bottom: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

/** The rows a fold's stages could have left its rows in, as read back: each cell of them, empty outside. */
export interface BandRead {
  readonly stages: readonly FoldStage[];
  readonly band: Band;
  readonly read: (row: number, column: number) => ReadCell;
}

/** Queued: the rows any point where the fold's batch could have stopped puts its rows in; once synced, what they hold. */
export function queueBandRead(context: Excel.RequestContext, fold: Pick<SitesFold, "sheet" | "plans">): () => BandRead {
  const stages = foldStages(fold.sheet, fold.plans);
  const band = bandOf(fold, stages);
  const worksheet = context.workbook.worksheets.getItem(fold.sheet.name);
  const ranges = band.runs.map(({ top, bottom }) => ({ top, bottom, range: worksheet.getRange(rangeA1(top, band.left, bottom, band.right)).load(["values", "formulas", "numberFormat"]) }));
  return () => {
    const runs: RunRead[] = ranges.map(({ top, bottom, range }) => ({ top, bottom, values: range.values, formulas: range.formulas, numberFormat: range.numberFormat }));
    const read = (row: number, column: number): ReadCell => {
      const run = runs.find(({ top, bottom }) => top <= row && row <= bottom);
      const [r, c] = [row - (run?.top ?? 0), column - band.left];
      if (run === undefined || c < 0 || c >= (run.values[r]?.length ?? 0)) return EMPTY_READ;
      return { value: run.values[r][c], formula: run.formulas[r][c], numberFormat: run.numberFormat[r][c] };
    };
    return { stages, band, read };
  };
}

/** The points where the batch could have stopped that leave the rows as read. */
export function fittingStages(plans: readonly TelephonyUpsertPlan[], { stages, band, read }: BandRead, dateSystem: DateSystem): FoldStage[] {
  return stages.filter((stage) => fits(stage, plans, band, read, dateSystem));
}

/** What the rows read back say, or that it cannot be known when they fit no stage or stages that say different things. */
function sitesAccount(fold: SitesFold, bandRead: BandRead, dateSystem: DateSystem): SitesAccount {
  const accounts = fittingStages(fold.plans, bandRead, dateSystem).map((stage) => accountAt(stage, bandRead.stages, fold, bandRead.read, dateSystem));
  const said = new Set(accounts.map((account) => account.said));
  return said.size === 1 ? accounts[0] : { said: HALF_WRITTEN_TEXT.sitesUnknown(fold.sheet.name, fold.sites), missing: false };
}

/** Reads back, in one sync, the rows each sheet's batch could have put its sites' rows in, and says what they hold site by site. */
export async function readSitesBack(context: Excel.RequestContext, folds: readonly SitesFold[], dateSystem: DateSystem): Promise<SitesAccount[]> {
  if (folds.length === 0) return [];
  const queued = folds.map((fold) => queueBandRead(context, fold));
  await context.sync();
  return folds.map((fold, index) => sitesAccount(fold, queued[index](), dateSystem));
}
