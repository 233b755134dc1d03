/** Applies a TelephonyUpsertPlan to a snapshot as the Office.js adapter would, for round-trip tests. */
import type { Cell, SheetSnapshot } from "../../../src/domain/snapshot";
import { EMPTY_CELL } from "../../../src/domain/snapshot";
import type { TelephonyUpsertPlan } from "../../../src/report/telephony";

/** Sheets here start at A1. */
export function applyUpsert(existing: SheetSnapshot | null, plan: TelephonyUpsertPlan): SheetSnapshot {
  const rows: Cell[][] = (existing?.cells ?? []).map((row) => [...row]);
  for (const { row, count } of plan.insertRowsBefore) {
    rows.splice(row - 1, 0, ...Array.from({ length: count }, () => [] as Cell[]));
  }
  for (const write of plan.writes) {
    while (rows.length < write.row) rows.push([]);
    const line = rows[write.row - 1];
    while (line.length < write.column) line.push(EMPTY_CELL);
    const { value } = write;
    const style = write.style ? plan.styles[write.style] : undefined;
    const numberFormat = style?.numberFormat ?? line[write.column - 1].numberFormat;
    line[write.column - 1] =
      value.kind === "text"
        ? { value: value.text, text: value.text, numberFormat, formula: null }
        : value.kind === "number"
          ? { value: value.number, text: String(value.number), numberFormat, formula: null }
          : value.kind === "blank"
            ? { value: null, text: "", numberFormat, formula: null }
            : { value: value.cached ?? null, text: value.cached === undefined ? "" : String(value.cached), numberFormat, formula: value.formula };
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  return {
    name: plan.sheetName,
    origin: { row: 1, column: 1 },
    cells: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? EMPTY_CELL)),
    merges: [],
    generatedTag: null,
    visible: true,
  };
}
