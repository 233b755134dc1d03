import { Badge, makeStyles } from "@fluentui/react-components";
import type { Status } from "../../domain/analysis/types";
import { STATUS_BADGE_COLOR, WITHIN_TOLERANCE_BADGE_COLOR } from "../format/status-appearance";
import { STATUS_LABELS, WITHIN_TOLERANCE_LABEL } from "../strings";

const useStyles = makeStyles({
  // Beside a long indicator name the badge keeps its words on one line.
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

export interface StatusBadgeProps {
  readonly status: Status;
  /** A missed target within the tolerance, said as the summary says it. */
  readonly withinTolerance?: boolean;
}

export function StatusBadge({ status, withinTolerance = false }: StatusBadgeProps) {
  const styles = useStyles();
  const tolerated = withinTolerance && status === "not_met";
  return (
    <Badge
      className={styles.badge}
      appearance="filled"
      shape="rounded"
      color={tolerated ? WITHIN_TOLERANCE_BADGE_COLOR : STATUS_BADGE_COLOR[status]}
    >
      {tolerated ? WITHIN_TOLERANCE_LABEL : STATUS_LABELS[status]}
    </Badge>
  );
}
