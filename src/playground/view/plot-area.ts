/** The plot area inside a chart's SVG: room for category names on the left of horizontal bars, below upright ones. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export function plotArea(horizontal: boolean, size: { readonly width: number; readonly height: number }): PlotArea {
  return horizontal
    ? { left: 170, top: 10, right: size.width - 48, bottom: size.height - 30 }
    : { left: 56, top: 22, right: size.width - 12, bottom: size.height - 56 };
}
