/** One CellStyle of the report plan applied to a range through Office.js format properties. */
import type { CellStyle } from "../report/plan";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border !== undefined) applyBorders(format.borders, style.border, rows, columns);
}

function applyBorders(borders: Excel.RangeBorderCollection, color: string, rows: number, columns: number): void {
  const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
  if (rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
  if (columns > 1) edges.push("InsideVertical" as Excel.BorderIndex);
  for (const edge of edges) {
    const border = borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = color;
  }
}
