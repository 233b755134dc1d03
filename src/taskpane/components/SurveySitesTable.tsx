/** Each site of the survey: its respondents and its overall rate ± margin. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import type { SurveySite } from "../../domain/survey";
import { formatNumberFr } from "../../domain/values";
import { rateWithMargin } from "../format/survey";
import { STRINGS } from "../strings";

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
          <TableHeaderCell>{STRINGS.survey.site}</TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {STRINGS.survey.siteRespondents}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {STRINGS.survey.siteRate}
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
