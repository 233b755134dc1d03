/** How many indicators have each status, as a small labelled list. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../domain/analysis/types";
import { STRINGS } from "../strings";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingVerticalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  count: { fontWeight: tokens.fontWeightSemibold, minWidth: "1.5em", textAlign: "right" },
});

export function StatusCounts({ summary }: { readonly summary: Readonly<Record<Status, number>> }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={STRINGS.analyze.countsLabel}>
      {STATUSES.map((status) => (
        <li key={status} className={styles.item}>
          <span className={styles.count}>{summary[status]}</span>
          <StatusBadge status={status} />
        </li>
      ))}
    </ul>
  );
}
