/** The report's named cell styles and chart colours: one palette, readable contrast (dark text on light fills). */
import type { CellStyle } from "./plan";
import type { Status } from "../domain/analysis/types";

const GRID = "#BFBFBF";
const INK = "#1F1F1F";
const NAVY = "#1F3864";
/** The public page's figure cards: a pale blue that prints light and keeps dark text readable. */
const PUBLIC_CARD = "#E8EFF8";

export type StatusStyleKey = Status | "tolerance";

export const STATUS_STYLE: Readonly<Record<StatusStyleKey, string>> = {
  met: "status-met",
  not_met: "status-not-met",
  tolerance: "status-tolerance",
  no_target: "status-neutral",
  not_measured: "status-neutral",
  invalid: "status-invalid",
};

export type Verdict = "better" | "worse" | "neutral";

export const VERDICT_STYLE: Readonly<Record<Verdict, string>> = {
  better: "evolution-better",
  worse: "evolution-worse",
  neutral: "evolution-neutral",
};

/** Percent numbers (94 means 94 %) in chart data cells. */
export const PERCENT_FORMAT = '0" %"';
export const PERCENT_FORMAT_1 = '0.0" %"';
export const COUNT_FORMAT = "#,##0";

const cell: CellStyle = { border: GRID, vertical: "center", fontColor: INK };
const statusCell = (fill: string, fontColor: string): CellStyle => ({
  ...cell, fill, fontColor, bold: true, horizontal: "center", wrap: true,
});

export const REPORT_STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 18, fontColor: NAVY },
  subtitle: { italic: true, fontSize: 10, fontColor: "#595959" },
  headline: { bold: true, fontSize: 14, fontColor: NAVY },
  detail: { fontSize: 11, fontColor: "#404040" },
  header: { bold: true, fill: NAVY, fontColor: "#FFFFFF", border: GRID, horizontal: "center", vertical: "center", wrap: true },
  band: { bold: true, fill: "#DDEBF7", fontColor: NAVY, border: GRID, vertical: "center" },
  text: { ...cell, wrap: true },
  value: { ...cell, horizontal: "center", wrap: true },
  muted: { ...cell, horizontal: "center", fontColor: "#595959", wrap: true },
  comment: { ...cell, wrap: true, fontSize: 10 },
  "status-met": statusCell("#C6EFCE", "#005A1E"),
  "status-not-met": statusCell("#FFC7CE", "#8B0000"),
  "status-tolerance": statusCell("#FFEB9C", "#6B4E00"),
  "status-neutral": statusCell("#E7E6E6", "#3A3A3A"),
  "status-invalid": statusCell("#F8CBAD", "#7A3000"),
  "series-met": { ...cell, horizontal: "center", wrap: true, fill: "#E2F0D9" },
  "series-not-met": { ...cell, horizontal: "center", wrap: true, fill: "#FCE4E4" },
  "evolution-better": { ...cell, horizontal: "center", wrap: true, bold: true, fontColor: "#1E7B34" },
  "evolution-worse": { ...cell, horizontal: "center", wrap: true, bold: true, fontColor: "#B00020" },
  "evolution-neutral": { ...cell, horizontal: "center", wrap: true, fontColor: "#595959" },
  section: { bold: true, fontSize: 13, fontColor: NAVY, underline: true },
  paragraph: { wrap: true, vertical: "top", fontColor: INK },
  bullet: { wrap: true, vertical: "top", fontColor: INK },
  "count-error": { bold: true, fill: "#FFC7CE", fontColor: "#8B0000", border: GRID, horizontal: "center" },
  "count-warning": { bold: true, fill: "#FFEB9C", fontColor: "#6B4E00", border: GRID, horizontal: "center" },
  "severity-error": { ...cell, bold: true, fontColor: "#8B0000", fill: "#FFC7CE" },
  "severity-warning": { ...cell, bold: true, fontColor: "#6B4E00", fill: "#FFEB9C" },
  link: { ...cell, fontColor: "#0563C1", underline: true },
  "no-problem": { bold: true, fill: "#C6EFCE", fontColor: "#005A1E", border: GRID },
  note: { italic: true, fontSize: 10, fontColor: "#595959" },
  "data-header": { bold: true, fill: "#DDEBF7", fontColor: NAVY, border: GRID, wrap: true, vertical: "center" },
  "data-percent": { ...cell, numberFormat: PERCENT_FORMAT },
  "data-percent-1": { ...cell, numberFormat: PERCENT_FORMAT_1 },
  "data-count": { ...cell, numberFormat: COUNT_FORMAT },
  "survey-rate": { ...cell, horizontal: "center", bold: true, fontColor: NAVY },
  "action-date": { ...cell, horizontal: "center", numberFormat: "dd/mm/yyyy" },
  "public-title": { bold: true, fontSize: 36, fontColor: NAVY, horizontal: "center", vertical: "center" },
  "public-subtitle": { fontSize: 15, fontColor: "#404040", horizontal: "center", vertical: "center", wrap: true },
  "public-card": { fill: PUBLIC_CARD },
  "public-figure": { bold: true, fontSize: 66, fontColor: NAVY, fill: PUBLIC_CARD, horizontal: "center", vertical: "center" },
  "public-caption": { fontSize: 20, fontColor: INK, fill: PUBLIC_CARD, horizontal: "center", vertical: "center", wrap: true },
  "public-detail": { fontSize: 13, fontColor: "#404040", fill: PUBLIC_CARD, horizontal: "center", vertical: "center", wrap: true },
  "public-commitment": { bold: true, fontSize: 18, fontColor: INK, fill: PUBLIC_CARD, horizontal: "center", vertical: "center", wrap: true },
  "public-met": { bold: true, fontSize: 15, fontColor: "#1E7B34", fill: PUBLIC_CARD, horizontal: "center", vertical: "center" },
  "public-not-met": { bold: true, fontSize: 15, fontColor: "#8B0000", fill: PUBLIC_CARD, horizontal: "center", vertical: "center" },
  "public-source": { fontSize: 12, fontColor: "#404040", horizontal: "center", vertical: "center", wrap: true },
  "public-note": { italic: true, fontSize: 10, fontColor: "#595959", horizontal: "center", vertical: "center", wrap: true },
  "survey-small-sample": { ...cell, horizontal: "center", wrap: true, fill: "#FFEB9C", fontColor: "#6B4E00" },
};

export const CHART_COLORS = {
  met: "#3A9E5C",
  not_met: "#D64545",
  tolerance: "#E0A526",
  invalid: "#E07B24",
  neutral: "#9E9E9E",
  target: "#7F7F7F",
  targetLine: "#C00000",
  previous: "#A6BDD7",
  current: "#2F5597",
  /** One per site on the monthly chart, apart from the combined series' blue and the target's red. */
  /** One per indicator on the multi-year chart, its target dashed in the same colour. */
  series: ["#2F5597", "#3A9E5C", "#ED7D31", "#7030A0", "#BF9000"],
  sites: ["#70AD47", "#ED7D31", "#7030A0", "#00B0F0", "#BF9000", "#FF66CC"],
} as const;
