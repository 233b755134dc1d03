/**
 * What a user does to cells that the snapshot does not carry — notes, borders, fonts, fills, formulas —
 * set straight on the model by a test, so a fingerprint can prove the adapter left them alone.
 */
import { parseA1 } from "../domain/address";
import type { SimulatedExcel } from "./host";
import type { SimBorder, SimCell, SimFormat } from "./model";
import { cellForWrite } from "./model";
import { simSheet } from "./inspect";

export interface CellDecoration {
  readonly note?: string;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly fill?: SimFormat["fill"];
  readonly font?: Partial<SimFormat["font"]>;
  readonly borders?: Readonly<Record<string, SimBorder>>;
}

export function decorateCell(excel: SimulatedExcel, sheet: string, address: string, decoration: CellDecoration): SimCell {
  const position = parseA1(address);
  if (!position) throw new Error(`Bad address ${address}`);
  const cell = cellForWrite(simSheet(excel, sheet), position.row, position.column);
  if (decoration.note !== undefined) cell.note = decoration.note;
  if (decoration.formula !== undefined) cell.formula = decoration.formula;
  if (decoration.numberFormat !== undefined) cell.numberFormat = decoration.numberFormat;
  if (decoration.fill) cell.format.fill = { ...decoration.fill };
  if (decoration.font) cell.format.font = { ...cell.format.font, ...decoration.font };
  if (decoration.borders) cell.format.borders = { ...cell.format.borders, ...decoration.borders };
  return cell;
}
