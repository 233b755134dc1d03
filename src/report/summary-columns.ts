/** The columns of the summary table: header, width and what each shows for an indicator. */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";
import type { PlannedLink } from "./plan";
import { changeText, gapText, nationalAverageText, previousText, resultText, targetText } from "./notation";
import { STATUS_STYLE, VERDICT_STYLE } from "./styles";
import { changeVerdict, nationalVerdict, statusKey, statusLabel } from "./verdicts";
import { SUMMARY_WORDS } from "./wording";

export interface ShownValue {
  readonly text: string;
  readonly style: string;
  readonly link?: PlannedLink;
}

export interface SummaryColumn {
  readonly header: string;
  /** Characters. */
  readonly width: number;
  /** Text that may need several lines (the row is made taller for it). */
  readonly wraps: boolean;
  /** Characters of 11-point text a line holds, when the column's font is smaller (comments). */
  readonly lineWidth?: number;
  readonly show: (indicator: IndicatorAnalysis) => ShownValue;
}

const words = SUMMARY_WORDS.columns;

/** The indicator's name, linked to its row in the source when the report lives in the source workbook. */
const nameShown = (i: IndicatorAnalysis, linkToSource: boolean): ShownValue =>
  linkToSource ? { text: i.name, style: "text", link: { kind: "cell", sheet: i.sheet, cell: i.cells.name } } : { text: i.name, style: "text" };

/** Columns with nothing to show this year (no previous year, no national average) are left out. */
export function summaryColumns(analysis: Analysis, tolerance: number, linkToSource: boolean): SummaryColumn[] {
  const hasPrevious = analysis.indicators.some((i) => i.previous !== null);
  const hasNational = analysis.indicators.some((i) => i.nationalAverage !== null);
  const columns: (SummaryColumn | null)[] = [
    { header: words.indicator, width: 44, wraps: true, show: (i) => nameShown(i, linkToSource) },
    { header: words.result(analysis.year), width: 15, wraps: true, show: (i) => ({ text: resultText(i), style: "value" }) },
    { header: words.target, width: 15, wraps: true, show: (i) => ({ text: targetText(i), style: "value" }) },
    {
      header: words.status, width: 16, wraps: true,
      show: (i) => {
        const key = statusKey(i, tolerance);
        return { text: statusLabel(key), style: STATUS_STYLE[key] };
      },
    },
    { header: words.gap, width: 14, wraps: false, show: (i) => ({ text: gapText(i), style: "value" }) },
    hasPrevious
      ? { header: words.previous(analysis.previousYear), width: 14, wraps: true, show: (i) => ({ text: previousText(i), style: "muted" }) }
      : null,
    hasPrevious
      ? {
          header: words.change, width: 16, wraps: true,
          show: (i) => ({ text: changeText(i, SUMMARY_WORDS.stable), style: VERDICT_STYLE[changeVerdict(i)] }),
        }
      : null,
    hasNational
      ? {
          header: words.nationalAverage, width: 14, wraps: false,
          show: (i) => ({ text: nationalAverageText(i), style: VERDICT_STYLE[nationalVerdict(i)] }),
        }
      : null,
    { header: words.comment, width: 60, lineWidth: 74, wraps: true, show: (i) => ({ text: i.comment ?? "", style: "comment" }) },
  ];
  return columns.filter((column): column is SummaryColumn => column !== null);
}
