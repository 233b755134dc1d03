/** The annual call-answer rate of each telephony site, under the combined rate: shown only when there are several sites. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SiteRate } from "../../port";
import { formatNumberFr } from "../../domain/values";
import { formatRate } from "../format/month-figures";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM },
  name: { overflowWrap: "anywhere" },
  figures: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, gridColumn: "1 / span 2" },
});

export function SiteRates({ sites }: { readonly sites: readonly SiteRate[] }) {
  const styles = useStyles();
  if (sites.length <= 1) return null;
  return (
    <ul className={styles.list} aria-label={TELEPHONY_STRINGS.sitesLabel}>
      {sites.map((site) => (
        <li key={`${site.sheet}-${site.name}`} className={styles.line}>
          <span className={styles.name}>{TELEPHONY_STRINGS.siteName(site.name)}</span>
          <span className={styles.figures}>{formatRate(site.annualRate)}</span>
          <span className={styles.detail}>{TELEPHONY_STRINGS.siteFigures(formatNumberFr(site.answered), formatNumberFr(site.received))}</span>
        </li>
      ))}
    </ul>
  );
}
