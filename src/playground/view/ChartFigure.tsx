/** A simulated chart drawn as plain SVG: bars or lines, value ticks, category labels, title and legend. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { chartGeometry, shortLabel } from "./chart-geometry";
import type { ChartView } from "./chart-model";
import { PLAYGROUND_TEXT } from "../strings";

const SIZE = { width: 520, height: 300 } as const;

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    width: `${SIZE.width}px`,
  },
  caption: { fontWeight: tokens.fontWeightSemibold, textAlign: "center", marginBottom: tokens.spacingVerticalXS },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS },
});

function kindLabel(type: string): string {
  return PLAYGROUND_TEXT.chartKinds[type] ?? PLAYGROUND_TEXT.chartKindUnknown(type);
}

export function ChartFigure({ chart }: { readonly chart: ChartView }) {
  const styles = useStyles();
  const geometry = chartGeometry(chart, SIZE);
  const { plot, horizontal } = geometry;
  const title = chart.title ?? PLAYGROUND_TEXT.chartUntitled;
  const description = PLAYGROUND_TEXT.chartDescription(kindLabel(chart.type), chart.series.map((series) => series.name).join(", "));
  return (
    <figure className={styles.figure} data-chart={chart.title ?? ""}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg width={SIZE.width} height={SIZE.height} role="img" aria-label={`${title}. ${description}`} fontSize="11" fontFamily="Calibri, Arial, sans-serif">
        {geometry.ticks.map((tick) =>
          horizontal ? (
            <g key={tick.label}>
              <line x1={plot.left + tick.at} x2={plot.left + tick.at} y1={plot.top} y2={plot.bottom} stroke="#D9D9D9" />
              <text x={plot.left + tick.at} y={plot.bottom + 14} textAnchor="middle" fill="#404040">{tick.label}</text>
            </g>
          ) : (
            <g key={tick.label}>
              <line x1={plot.left} x2={plot.right} y1={plot.bottom - tick.at} y2={plot.bottom - tick.at} stroke="#D9D9D9" />
              <text x={plot.left - 6} y={plot.bottom - tick.at + 4} textAnchor="end" fill="#404040">{tick.label}</text>
            </g>
          ),
        )}
        {geometry.bars.map((bar, index) => (
          <g key={`bar-${index}`}>
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.color} data-value={bar.label}>
              <title>{bar.label}</title>
            </rect>
            {bar.labelAt && (
              <text x={bar.labelAt.x} y={bar.labelAt.y} textAnchor={horizontal ? "start" : "middle"} fill="#262626">{bar.label}</text>
            )}
          </g>
        ))}
        {geometry.lines.map((line, index) => (
          <g key={`line-${index}`}>
            <polyline points={line.points.map((point) => `${point.x},${point.y}`).join(" ")} fill="none" stroke={line.color} strokeWidth={2} />
            {line.points.map((point, pointIndex) => (
              <circle key={pointIndex} cx={point.x} cy={point.y} r={3} fill={line.color} />
            ))}
          </g>
        ))}
        {geometry.categories.map((category, index) =>
          horizontal ? (
            <text key={index} x={plot.left - 6} y={plot.top + category.at + 4} textAnchor="end" fill="#262626">
              <title>{category.label}</title>
              {shortLabel(category.label, 30)}
            </text>
          ) : (
            <text key={index} transform={`translate(${plot.left + category.at},${plot.bottom + 12}) rotate(-30)`} textAnchor="end" fill="#262626">
              <title>{category.label}</title>
              {shortLabel(category.label, 18)}
            </text>
          ),
        )}
        <line x1={plot.left} x2={horizontal ? plot.left : plot.right} y1={plot.bottom} y2={horizontal ? plot.top : plot.bottom} stroke="#808080" />
      </svg>
      {chart.legend && (
        <ul className={styles.legend}>
          {chart.series.map((series) => (
            <li key={series.name}>
              <span className={styles.swatch} style={{ backgroundColor: series.color }} aria-hidden="true" />
              {series.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
