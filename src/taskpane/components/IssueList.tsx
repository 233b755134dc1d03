/**
 * Problems, one per line: severity, where, which indicator, what is wrong. A problem in a workbook
 * cell is a button: choosing it (click, Enter or Space) asks the workbook to select the cell.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import { isSelectable, issueLocation } from "../format/location";
import { SEVERITY_LABELS, STRINGS } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    backgroundColor: "transparent",
    border: "none",
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  head: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  severity: { fontWeight: tokens.fontWeightSemibold },
  // In the pane's own font: a sheet name and a cell read as words, not as code.
  location: { color: tokens.colorBrandForeground1 },
  indicator: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  // A word, not a colour alone, says the row was just changed; it is read with the rest of the problem.
  recent: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly label: string;
  readonly onSelect?: (issue: Issue & { sheet: string; cell: string }) => void;
  /** Problems of rows just changed (a live check): each says so. */
  readonly recent?: ReadonlySet<Issue>;
}

export function IssueList({ issues, label, onSelect, recent }: IssueListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {issues.map((issue, index) => {
        const location = issueLocation(issue);
        const content = (
          <>
            <span className={styles.head}>
              <SeverityIcon severity={issue.severity} />
              <span className={styles.severity}>{SEVERITY_LABELS[issue.severity]}</span>
              {location !== null && <span className={styles.location}>{location}</span>}
              {recent?.has(issue) && <span className={styles.recent}>{STRINGS.checks.recent}</span>}
            </span>
            {issue.indicator && <span className={styles.indicator}>{issue.indicator}</span>}
            <span>{issue.message}</span>
          </>
        );
        const key = `${issue.code}-${location ?? ""}-${index}`;
        return (
          <li key={key} className={styles.item}>
            {onSelect && isSelectable(issue) ? (
              <button
                type="button"
                className={`${styles.entry} ${styles.button}`}
                title={STRINGS.checks.goTo(location ?? "")}
                onClick={() => onSelect(issue)}
              >
                {content}
              </button>
            ) : (
              <div className={styles.entry}>{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
