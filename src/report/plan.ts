/**
 * A report as a plain description: what the Excel adapter and the .xlsx writer both render.
 * Rows and columns are 1-based. Nothing here knows about Office.js or files.
 */
import type { CellRange } from "../domain/snapshot";

/** "action-plan": created once, then the user's; later generations only append to it. "public": the page for the public. */
export type SheetRole = "summary" | "checks" | "chart-data" | "survey" | "action-plan" | "public";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Excel number format ("0 %", "0.0", "+0.0;-0.0;0"). Absent: General. */
  readonly numberFormat?: string;
  /** Thin border on all four sides, in this colour. */
  readonly border?: string;
  readonly underline?: boolean;
}

export type PlannedValue =
  /** Always written as text, never as a formula, whatever it starts with. */
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly number: number }
  /** An empty cell that keeps its style's number format (a date to be typed). */
  | { readonly kind: "blank" }
  /** A formula written by the planner itself (never user text). */
  | { readonly kind: "formula"; readonly formula: string; readonly cached?: number | string };

export type PlannedLink =
  | { readonly kind: "cell"; readonly sheet: string; readonly cell: string }
  | { readonly kind: "url"; readonly url: string };

export interface PlannedCell {
  readonly row: number;
  readonly column: number;
  readonly value: PlannedValue;
  /** A key of ReportPlan.styles. */
  readonly style?: string;
  readonly link?: PlannedLink;
}

export interface RangeRef {
  readonly sheet: string;
  readonly range: CellRange;
}

/** "bar-stacked-100": horizontal bars whose series stack to 100 % (a distribution per category). */
export type ChartKind = "column" | "bar" | "line" | "bar-stacked-100";

export interface PlannedSeries {
  readonly name: string;
  readonly values: RangeRef;
  /** Overrides the chart's kind for this series (a target drawn as a line over columns). */
  readonly kind?: ChartKind;
  /** "#RRGGBB" */
  readonly color?: string;
  /** Colours of single points (a column per indicator coloured by its status). */
  readonly pointColors?: readonly string[];
  readonly dataLabels?: boolean;
  /** A dashed line (a target beside the result it is the target of, in the same colour). */
  readonly dashed?: boolean;
}

export interface PlannedChart {
  /** A name unique in its sheet, so a regenerated chart can be found and replaced. */
  readonly name: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly categories: RangeRef;
  readonly series: readonly PlannedSeries[];
  /** Always explicit: Excel on the web reads "auto" as columns. */
  readonly seriesBy: "columns" | "rows";
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  readonly valueAxis?: { readonly min?: number; readonly max?: number; readonly numberFormat?: string };
  readonly legend: "bottom" | "right" | "none";
  /** Alone across the table's width rather than beside another chart (many lines, a long legend). */
  readonly fullWidth?: boolean;
  /** Where it sits: the cell under its top-left corner and its size in pixels. */
  readonly anchor: { readonly row: number; readonly column: number };
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface PlannedSheet {
  readonly name: string;
  readonly role: SheetRole;
  readonly year: number;
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly CellRange[];
  /** Widths in characters, by 1-based column. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print: {
    readonly orientation: "landscape" | "portrait";
    readonly paper: "A4";
    readonly fitToOnePageWide: boolean;
    /** With fitToOnePageWide: the whole sheet on one page, shrunk if need be. */
    readonly fitToOnePageTall?: boolean;
    /** Centred between the left and right margins. */
    readonly centerHorizontally?: boolean;
    /** Rows repeated at the top of each printed page. */
    readonly repeatRows?: { readonly first: number; readonly last: number };
  };
  readonly charts: readonly PlannedChart[];
  /** Rows that start a new printed page (manual page breaks), 1-based. Optional: absent means none. */
  readonly pageBreaksBefore?: readonly number[];
  readonly tabColor?: string;
  readonly showGridlines: boolean;
  /** Drop-down lists (Excel data validation, a list of values). */
  readonly validations?: readonly PlannedValidation[];
}

export interface PlannedValidation {
  readonly range: CellRange;
  readonly list: readonly string[];
}

/** Rows added at the foot of the user's « Plan d'actions », found by its tag whatever its name now. */
export interface PlannedAppend {
  /** Its name as read. */
  readonly sheet: string;
  readonly cells: readonly PlannedCell[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly validations: readonly PlannedValidation[];
}

export interface PlannedActionPlan {
  /** The indicators ever listed (entry keys), kept with the sheet so that a row the user deleted is not added again. */
  readonly remembered: readonly string[];
  /** null when the sheet is created by this plan (it is then among `sheets`). */
  readonly append: PlannedAppend | null;
}

export interface ReportPlan {
  readonly year: number;
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** In the order they are to appear, after the user's sheets. */
  readonly sheets: readonly PlannedSheet[];
  /** The sheet to show when done. */
  readonly activeSheet: string;
  /** Absent from a plan that does not deal with the action plan. */
  readonly actionPlan?: PlannedActionPlan;
}
