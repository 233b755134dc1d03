import { Badge } from "@fluentui/react-components";
import type { Status } from "../../domain/analysis/types";
import { STATUS_BADGE_COLOR } from "../format/status-appearance";
import { STATUS_LABELS } from "../strings";

export function StatusBadge({ status }: { readonly status: Status }) {
  return (
    <Badge appearance="filled" shape="rounded" color={STATUS_BADGE_COLOR[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
