/** One indicator: its name and status, result, target and change against the previous year. */
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { IndicatorAnalysis } from "../../domain/analysis/types";
import { resultText, targetText } from "../../report/notation";
import { statusKey } from "../../report/verdicts";
import { changeView, type ChangeTone } from "../format/change";
import { STRINGS } from "../strings";
import { StatusBadge } from "./StatusBadge";
import { SeriesLine } from "./SeriesLine";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  pair: { display: "flex", gap: tokens.spacingHorizontalXS },
  definition: { margin: 0 },
  improved: { color: tokens.colorPaletteGreenForeground1 },
  worsened: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
});

const TONE_WORD: Readonly<Record<ChangeTone, string>> = {
  improved: STRINGS.analyze.improved,
  worsened: STRINGS.analyze.worsened,
  neutral: STRINGS.analyze.stable,
};

export interface IndicatorItemProps {
  readonly indicator: IndicatorAnalysis;
  /** The tolerance from the settings, in points (0: none). */
  readonly tolerance: number;
}

/** Figures written as the summary writes them ("> 90 %", "1,5 j"), the cell's text when it is to be corrected. */
export function IndicatorItem({ indicator, tolerance }: IndicatorItemProps) {
  const styles = useStyles();
  const change = changeView(indicator);
  const none = STRINGS.analyze.noValue;
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Text className={styles.name}>{indicator.name}</Text>
        <StatusBadge status={indicator.status} withinTolerance={statusKey(indicator, tolerance) === "tolerance"} />
      </div>
      <dl className={styles.figures}>
        <div className={styles.pair}>
          <dt className={styles.term}>{STRINGS.analyze.result}</dt>
          <dd className={styles.definition}>{resultText(indicator) || none}</dd>
        </div>
        <div className={styles.pair}>
          <dt className={styles.term}>{STRINGS.analyze.target}</dt>
          <dd className={styles.definition}>{targetText(indicator) || none}</dd>
        </div>
        {change && indicator.previous && (
          <div className={styles.pair}>
            <dt className={styles.term}>{STRINGS.analyze.change}</dt>
            <dd className={mergeClasses(styles.definition, styles[change.tone])}>
              <span aria-hidden="true">{change.arrow} </span>
              {change.text} {STRINGS.analyze.versus(indicator.previous.year)}
              {change.tone !== "neutral" && <span> ({TONE_WORD[change.tone]})</span>}
            </dd>
          </div>
        )}
      </dl>
      <SeriesLine indicator={indicator} />
    </li>
  );
}
