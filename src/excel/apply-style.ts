/**
 * One CellStyle of the report plan applied through Office.js format properties — to a Range's format or
 * to a RangeAreas' format (several areas styled by one set of commands).
 */
import type { CellStyle } from "../report/plan";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Each border edge takes three property sets: style, weight, colour. */
const SETS_PER_EDGE = 3;

/** The edges a bordered area gets: its outline, and inner lines only where it has more than one row or column. */
export function edgesOf(rows: number, columns: number): BorderEdge[] {
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  return edges;
}

export function applyStyle(format: Excel.RangeFormat, style: CellStyle, edges: readonly BorderEdge[]): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border !== undefined) applyBorders(format.borders, style.border, edges);
}

/** How many property sets `applyStyle` queues: what the payload estimate counts as commands. */
export function styleCommandCount(style: CellStyle, edges: readonly BorderEdge[]): number {
  const keys = ["bold", "italic", "fontSize", "fontColor", "underline", "fill", "horizontal", "vertical", "wrap"] as const;
  const plain = keys.filter((key) => style[key] !== undefined).length;
  return plain + (style.border !== undefined ? SETS_PER_EDGE * edges.length : 0);
}

function applyBorders(borders: Excel.RangeBorderCollection, color: string, edges: readonly BorderEdge[]): void {
  for (const edge of edges) {
    const border = borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = color;
  }
}
