/**
 * Drop-down lists, which wasm-xlsxwriter 0.13 cannot write: `<dataValidations>` in a sheet's XML, where
 * ECMA-376's CT_Worksheet sequence wants it (after conditionalFormatting, before hyperlinks).
 */
import { rangeA1 } from "../domain/address";
import type { PlannedValidation } from "../report/plan";

/** The worksheet elements that come after <dataValidations> in the schema's order. */
const AFTER_DATA_VALIDATIONS =
  /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/;

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An inline list is a quoted, comma-separated formula of at most 255 characters (Excel's limit). */
function listFormula(list: readonly string[]): string {
  return `"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`;
}

export function withDataValidations(xml: string, validations: readonly PlannedValidation[]): string {
  if (validations.length === 0) return xml;
  const element =
    `<dataValidations count="${validations.length}">` +
    validations
      .map(({ range, list }) => {
        const sqref = rangeA1(range.top, range.left, range.bottom, range.right);
        return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sqref}"><formula1>${escapeXml(listFormula(list))}</formula1></dataValidation>`;
      })
      .join("") +
    "</dataValidations>";
  const match = AFTER_DATA_VALIDATIONS.exec(xml);
  if (!match) return xml;
  return xml.slice(0, match.index) + element + xml.slice(match.index);
}
