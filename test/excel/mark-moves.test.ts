/** Stored marks moved by onChanged's row and column events, whatever the spelling of their address. */
import { moveMarks, type CellsMoved } from "../../src/excel/mark-moves";
import type { StoredMark } from "../../src/excel/mark-format";

const mark = (cell: string, sheetId = "{s1}"): StoredMark => ({ sheetId, sheet: "Indicateurs", cell, fill: { pattern: "None", color: "#FFFFFF" }, fontColor: "#000000" });
const event = (changeType: string, address: string, worksheetId = "{s1}", shift?: string): CellsMoved => ({ changeType, address, worksheetId, ...(shift ? { shift } : {}) });
const cellsShifted = (changeType: string, address: string, shift: string) => event(changeType, address, "{s1}", shift);
const cells = (events: CellsMoved[], marks = [mark("C3"), mark("D10"), mark("C3", "{s2}")]) => {
  const moved = moveMarks(marks, events);
  return { cells: moved.marks.map((one) => `${one.sheetId}!${one.cell}`), changed: moved.changed };
};

describe("moveMarks", () => {
  it.each([
    ["rows inserted as whole rows", event("RowInserted", "3:4"), ["{s1}!C5", "{s1}!D12", "{s2}!C3"]],
    ["rows inserted as a range across every column", event("RowInserted", "A3:XFD4"), ["{s1}!C5", "{s1}!D12", "{s2}!C3"]],
    ["a row deleted", event("RowDeleted", "$3:$3"), ["{s1}!D9", "{s2}!C3"]],
    ["columns inserted", event("ColumnInserted", "A:B"), ["{s1}!E3", "{s1}!F10", "{s2}!C3"]],
    ["a column deleted as a range down every row", event("ColumnDeleted", "C1:C1048576"), ["{s1}!C10", "{s2}!C3"]],
    ["cells inserted shifting down, across their columns only", cellsShifted("CellInserted", "C1:C2", "Down"), ["{s1}!C5", "{s1}!D10", "{s2}!C3"]],
    ["cells inserted shifting right, along their rows only", cellsShifted("CellInserted", "A10:B10", "Right"), ["{s1}!C3", "{s1}!F10", "{s2}!C3"]],
    ["cells deleted shifting up: the mark inside dropped, the one below in its columns moved", cellsShifted("CellDeleted", "C3:D4", "Up"), ["{s1}!D8", "{s2}!C3"]],
    ["cells deleted shifting left", cellsShifted("CellDeleted", "A3:A3", "Left"), ["{s1}!B3", "{s1}!D10", "{s2}!C3"]],
  ])("follows %s on its own sheet only", (_, moved, expected) => {
    expect(cells([moved])).toEqual({ cells: expected, changed: true });
  });

  it("moves nothing for a change it cannot place, an edit, or rows below every mark", () => {
    expect(cells([event("RowDeleted", "2:2,5:5"), event("CellInserted", "C1:C2"), event("RangeEdited", "C3"), event("RowInserted", "11:11")])).toEqual({
      cells: ["{s1}!C3", "{s1}!D10", "{s2}!C3"],
      changed: false,
    });
  });

  it("follows the events in their order", () => {
    // Taken the other way round, C3 would move to C4 and back to C3.
    expect(cells([event("RowDeleted", "3:3"), event("RowInserted", "1:1")]).cells).toEqual(["{s1}!D10", "{s2}!C3"]);
  });
});
