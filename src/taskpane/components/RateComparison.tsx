/** After the months are in: the annual rate computed from them beside the table's value and the target. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../domain/analysis/types";
import { resultText, targetText } from "../../report/notation";
import { findCallAnswerIndicator } from "../format/call-indicator";
import { STRINGS } from "../strings";
import { IssueList } from "./IssueList";
import { formatRate } from "../format/month-figures";
import { StatusBadge } from "./StatusBadge";
import { SiteRates } from "./SiteRates";
import { siteRates } from "../format/site-rates";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: 0 },
  figures: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, margin: 0 },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function RateComparison({ analysis }: { readonly analysis: Analysis }) {
  const styles = useStyles();
  const indicator = findCallAnswerIndicator(analysis.indicators);
  const differs = analysis.issues.filter((issue) => issue.code === "RESULT_DIFFERS_FROM_MONTHLY");
  const none = STRINGS.analyze.noValue;
  const sites = siteRates(analysis.monthly);
  return (
    <section className={styles.box} aria-labelledby="rate-comparison-title">
      <h2 id="rate-comparison-title" className={styles.title}>
        {TELEPHONY_STRINGS.comparisonTitle} {analysis.year}
      </h2>
      <dl className={styles.figures}>
        <dt>{sites.length > 1 ? TELEPHONY_STRINGS.allSites(sites.length) : TELEPHONY_STRINGS.computedRate}</dt>
        <dd className={styles.value}>{formatRate(analysis.monthly?.annualRate ?? null)}</dd>
        {indicator && (
          <>
            <dt>{TELEPHONY_STRINGS.tableValue}</dt>
            <dd className={styles.value}>{resultText(indicator) || none}</dd>
            <dt>{TELEPHONY_STRINGS.targetValue}</dt>
            <dd className={styles.value}>{targetText(indicator) || none}</dd>
          </>
        )}
      </dl>
      <SiteRates sites={sites} />
      {indicator ? (
        <div className={styles.status}>
          <Text>{TELEPHONY_STRINGS.tableStatus}</Text>
          <StatusBadge status={indicator.status} />
        </div>
      ) : (
        <Text>{TELEPHONY_STRINGS.notInTable}</Text>
      )}
      {differs.length > 0 && <IssueList issues={differs} label={STRINGS.checks.listLabel} />}
    </section>
  );
}
