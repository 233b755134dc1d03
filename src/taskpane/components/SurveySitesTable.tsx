/** Each site of the survey: its respondents and its overall rate ± margin. */
import { SURVEY_STRINGS } from "../survey-strings";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import type { SurveySite } from "../../domain/survey";
import { formatNumberFr } from "../../domain/values";
import { rateWithMargin } from "../format/survey";

const useStyles = makeStyles({
  name: { overflowWrap: "anywhere" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
});

export function SurveySitesTable({ sites, labelledBy }: { readonly sites: readonly SurveySite[]; readonly labelledBy: string }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{SURVEY_STRINGS.site}</TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {SURVEY_STRINGS.siteRespondents}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {SURVEY_STRINGS.siteRate}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sites.map((site) => (
          <TableRow key={site.name}>
            <TableCell className={styles.name}>{site.name}</TableCell>
            <TableCell className={styles.number}>{formatNumberFr(site.respondents, 0)}</TableCell>
            <TableCell className={styles.number}>{rateWithMargin(site.overallRate, site.overallMargin)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
