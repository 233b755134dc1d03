import { Badge, makeStyles } from "@fluentui/react-components";
import type { Status } from "../../domain/analysis/types";
import { STATUS_BADGE_COLOR } from "../format/status-appearance";
import { STATUS_LABELS } from "../strings";

const useStyles = makeStyles({
  // Beside a long indicator name the badge keeps its words on one line.
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

export function StatusBadge({ status }: { readonly status: Status }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="filled" shape="rounded" color={STATUS_BADGE_COLOR[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
