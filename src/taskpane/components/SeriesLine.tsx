/** An indicator's results over the years (three or more), as the summary's series table gives them. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorAnalysis } from "../../domain/analysis/types";
import { MIN_SERIES_YEARS, seriesValueText } from "../../report/series";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  series: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase200 },
  term: { color: tokens.colorNeutralForeground3 },
  points: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0 },
  point: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

export function SeriesLine({ indicator }: { readonly indicator: IndicatorAnalysis }) {
  const styles = useStyles();
  const measured = indicator.history.filter((point) => point.value !== null);
  if (indicator.history.length < MIN_SERIES_YEARS || measured.length < 2) return null;
  return (
    <div className={styles.series}>
      <span className={styles.term}>{STRINGS.analyze.series}</span>
      <ul className={styles.points} aria-label={STRINGS.analyze.seriesLabel(indicator.name)}>
        {indicator.history.map((point) => (
          <li key={point.year} className={styles.point}>
            {STRINGS.analyze.seriesPoint(point.year, seriesValueText(indicator, point.value) || STRINGS.analyze.noValue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
