/** The months read from pasted figures or from the telephony sheet, each with its own problems. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { MonthFigures } from "../../domain/analysis/types";
import type { Issue } from "../../domain/issues";
import { Fragment } from "react";
import { formatRate, issuesOfMonth } from "../format/month-figures";
import { formatNumberFr } from "../../domain/values";
import { monthLabelOfKey as monthLabel } from "../../domain/telephony";
import { SEVERITY_LABELS } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // "décembre 2021" on one line: the month column takes what the three numbers leave.
  monthColumn: { width: "38%" },
  month: { whiteSpace: "nowrap" },
  withProblems: { borderBottomStyle: "none" },
  numberHeader: { justifyContent: "flex-end" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  problem: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface MonthTableProps {
  readonly months: readonly MonthFigures[];
  readonly issues: readonly Issue[];
  readonly received: number;
  readonly answered: number;
  readonly annualRate: number | null;
}

export function MonthTable({ months, issues, received, answered, annualRate }: MonthTableProps) {
  const styles = useStyles();
  return (
    <Table size="extra-small">
      <caption className={styles.caption}>{TELEPHONY_STRINGS.tableCaption}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.monthColumn}>{TELEPHONY_STRINGS.month}</TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {TELEPHONY_STRINGS.received}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {TELEPHONY_STRINGS.answered}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {TELEPHONY_STRINGS.rate}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {months.map((month) => {
          const problems = issuesOfMonth(month, issues);
          const key = `${month.month}-${month.line ?? month.row ?? ""}`;
          return (
            <Fragment key={key}>
              <TableRow className={problems.length > 0 ? styles.withProblems : undefined}>
                <TableCell className={styles.month}>{monthLabel(month.month)}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(month.received)}</TableCell>
                <TableCell className={styles.number}>{formatNumberFr(month.answered)}</TableCell>
                <TableCell className={styles.number}>{formatRate(month.rate)}</TableCell>
              </TableRow>
              {problems.length > 0 && (
                // The month's problems under it, across the whole width: a 320 px pane has no room for them in one column.
                <TableRow>
                  <TableCell colSpan={4}>
                    {problems.map((issue, index) => (
                      <div key={index} className={styles.problem}>
                        <SeverityIcon severity={issue.severity} />
                        <span>{TELEPHONY_STRINGS.monthProblem(SEVERITY_LABELS[issue.severity], monthLabel(month.month), issue.message)}</span>
                      </div>
                    ))}
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          );
        })}
        <TableRow className={styles.total}>
          <TableCell>{TELEPHONY_STRINGS.totals}</TableCell>
          <TableCell className={styles.number}>{formatNumberFr(received)}</TableCell>
          <TableCell className={styles.number}>{formatNumberFr(answered)}</TableCell>
          <TableCell className={styles.number}>{formatRate(annualRate)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
