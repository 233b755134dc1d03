/**
 * The « Affichage <année> » sheet: one A4 portrait page for the reception hall and the website — the title,
 * each figure in large type with its commitment, then where the figures come from and their date.
 * Null when the year has none of the chosen figures: a page of titles alone is not worth printing.
 */
import type { Analysis } from "../../domain/analysis/types";
import { linesNeeded, MAX_ROW_HEIGHT, textCell } from "../cells";
import type { PlannedCell, PlannedSheet } from "../plan";
import { publicFigures, type PublicFigure } from "./figures";
import type { PublicFigureKind } from "./kinds";
import { PUBLIC_WORDS as W } from "./words";

export interface PublicSheetContext {
  readonly sheetName: string;
  readonly generatedAt: Date;
  readonly figures: readonly PublicFigureKind[];
}

/** A margin column each side of the one column that holds the page, 86 characters wide (about 16 cm). */
const WIDTHS = [2, 86, 2] as const;
const CONTENT = 2;

class PageBuilder {
  readonly cells: PlannedCell[] = [];
  readonly heights: { row: number; height: number }[] = [];
  row = 1;

  /** A line of text as tall as its wrapped lines need at this font size. */
  line(text: string, style: string, fontSize: number, padding = 6): void {
    const lines = linesNeeded(text, (WIDTHS[1] * 11) / fontSize);
    this.put(text, style, Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * fontSize * 1.3 + padding)));
  }

  put(text: string, style: string, height: number): void {
    this.cells.push(textCell(this.row, CONTENT, text, style));
    this.heights.push({ row: this.row, height });
    this.row++;
  }

  space(height: number, style?: string): void {
    if (style !== undefined) this.cells.push(textCell(this.row, CONTENT, "", style));
    this.heights.push({ row: this.row, height });
    this.row++;
  }
}

/** A card: the figure, what it says, its detail, the commitment and whether it is kept. */
function planFigure(page: PageBuilder, figure: PublicFigure): void {
  page.space(10, "public-card");
  page.put(figure.value, "public-figure", 80);
  page.line(figure.caption, "public-caption", 20, 2);
  if (figure.detail !== null) page.line(figure.detail, "public-detail", 13, 2);
  if (figure.commitment !== null) page.line(W.commitment(figure.commitment), "public-commitment", 18, 6);
  if (figure.met !== null) page.line(figure.met ? W.met : W.notMet, figure.met ? "public-met" : "public-not-met", 15, 4);
  page.space(10, "public-card");
  page.space(16);
}

export function planPublicSheet(analysis: Analysis, context: PublicSheetContext): PlannedSheet | null {
  const figures = publicFigures(analysis, context.figures);
  if (figures.length === 0) return null;
  const page = new PageBuilder();
  page.line(W.title(analysis.year), "public-title", 36, 6);
  page.line(W.subtitle, "public-subtitle", 15, 4);
  page.space(14);
  for (const figure of figures) planFigure(page, figure);
  const origins = [...new Set(figures.map((figure) => figure.origin))];
  page.line(`${W.source(analysis.year, origins)} ${W.updated(context.generatedAt)}`, "public-source", 12, 4);
  page.space(4);
  page.line(W.referential, "public-note", 10, 4);
  return {
    name: context.sheetName,
    role: "public",
    year: analysis.year,
    cells: page.cells,
    merges: [],
    columnWidths: WIDTHS.map((width, index) => ({ column: index + 1, width })),
    rowHeights: page.heights,
    print: { orientation: "portrait", paper: "A4", fitToOnePageWide: true, fitToOnePageTall: true, centerHorizontally: true },
    charts: [],
    showGridlines: false,
  };
}
