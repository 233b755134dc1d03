/**
 * The number format of each cell style (`<cellXfs>`'s `<xf numFmtId>`, ECMA-376 part 1, §18.8.10), a cell's
 * `s` attribute being its index there: the workbook's own formats (`<numFmts>`) or a built-in one. The
 * `<numFmt>` of a differential format (`<dxfs>`, conditional formatting) is no cell style's.
 */
import { builtinNumberFormat } from "./builtin-number-formats";
import { parseXml } from "./parse-xml";

export function readStyleNumberFormats(xml: string | undefined): string[] {
  const formats: string[] = [];
  if (xml === undefined) return formats;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === "numFmt" && inNumFmts && attributes.numFmtId !== undefined) custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "numFmts") inNumFmts = true;
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) ids.push(Number(attributes.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "numFmts") inNumFmts = false;
    },
  });
  for (const id of ids) {
    const format = custom.get(id) ?? builtinNumberFormat(id);
    formats.push(format.trim() === "" ? "General" : format);
  }
  return formats;
}
