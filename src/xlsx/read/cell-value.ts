/**
 * One `<c>` element's content → one snapshot cell: its value (a formula's cached result), its number format,
 * its displayed text and its formula. The cell's `t` attribute types `<v>` (ECMA-376 part 1, §18.18.11
 * ST_CellType): `s` an index in the shared-string table, `str` a formula's text, `inlineStr` text in `<is>`,
 * `b` 0 or 1, `e` an error, `d` an ISO 8601 date, `n` (or nothing) a number.
 */
import { DAYS_1904_BEHIND_1900, showsCalendarDate, type DateSystem } from "../../domain/date-system";
import type { Cell, CellValue } from "../../domain/snapshot";
import { displayText } from "../display-text";
import { unescapeXstring } from "./shared-strings-part";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export interface CellContent {
  readonly type: string | undefined;
  /** `<v>`'s text, or the inline string's; undefined when the cell has neither. */
  readonly value: string | undefined;
  readonly numberFormat: string;
  /** The formula without `=`, already slid for a shared formula; null for a constant. */
  readonly formula: string | null;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateSystem: DateSystem;
}

/** null when the cell shows nothing and holds no formula (a styles-only cell). */
export function cellFromContent(content: CellContent, context: CellContext): Cell | null {
  const { formula, numberFormat } = content;
  let value: CellValue;
  if (formula !== null) {
    // A formula's cached result, whatever it is: 0, FALSE and "" are values; no `<v>` at all is the cached
    // empty text of a formula such as `=SI(E2="";"";…)` (Excel writes `<c t="str"><f>…</f><v></v></c>`).
    value = content.value === undefined || content.value === "" ? "" : typedValue(content, context);
  } else {
    if (content.value === undefined) return null;
    value = typedValue(content, context);
    if (value === "") value = null;
    if (value === null) return null;
  }
  if (typeof value === "number" && context.dateSystem === 1904 && content.type !== "d" && showsCalendarDate(numberFormat)) {
    value += DAYS_1904_BEHIND_1900;
  }
  return { value, text: displayText(value, numberFormat), numberFormat, formula: formula === null ? null : `=${formula}` };
}

function typedValue({ type, value = "" }: CellContent, { sharedStrings }: CellContext): CellValue {
  switch (type) {
    case "s":
      return sharedStrings[Number(value)] ?? null;
    case "str":
    case "inlineStr":
      // Both are ST_Xstring, escaped as shared strings are: Excel writes a formula's CR result `_x000D_`.
      return unescapeXstring(value);
    case "b":
      return Number(value) !== 0;
    case "e":
      return { error: value };
    case "d":
      return isoDateSerial(value);
    default: {
      const number = Number.parseFloat(value);
      return Number.isFinite(number) ? number : null;
    }
  }
}

const ISO_TIME_OF_DAY = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/**
 * `2021-01-31` or `2021-01-31T08:30:00`, a moment without a time zone, read as written; a time of day alone
 * (`10:10:10`, ISO 8601 allows it) is its fraction of a day, as Excel holds a time.
 */
function isoDateSerial(text: string): number | null {
  const time = ISO_TIME_OF_DAY.exec(text);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400;
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}
