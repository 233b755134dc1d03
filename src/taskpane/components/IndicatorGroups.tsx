/** The analysed year's indicators, under a heading per thématique. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorAnalysis } from "../../domain/analysis/types";
import { groupByTheme } from "../format/group-by-theme";
import { STRINGS } from "../strings";
import { IndicatorItem } from "./IndicatorItem";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    margin: `${tokens.spacingVerticalM} 0 0`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface IndicatorGroupsProps {
  readonly indicators: readonly IndicatorAnalysis[];
  /** The tolerance from the settings, in points (0: none). */
  readonly tolerance: number;
}

export function IndicatorGroups({ indicators, tolerance }: IndicatorGroupsProps) {
  const styles = useStyles();
  if (indicators.length === 0) return <p>{STRINGS.analyze.noIndicator}</p>;
  return (
    <section aria-label={STRINGS.analyze.indicatorsLabel}>
      {groupByTheme(indicators).map((group, index) => (
        <div key={`${index}-${group.theme ?? ""}`}>
          <h2 className={styles.heading}>{group.theme ?? STRINGS.analyze.noTheme}</h2>
          <ul className={styles.list}>
            {group.indicators.map((indicator) => (
              <IndicatorItem key={`${indicator.sheet}!${indicator.row}`} indicator={indicator} tolerance={tolerance} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
