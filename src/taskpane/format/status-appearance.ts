/** Badge colours per status, matching the report: green met, red not met, amber within the tolerance, grey unscored, orange to fix. */
import type { Status } from "../../domain/analysis/types";

export type BadgeColor = "success" | "danger" | "warning" | "informative" | "severe";

export const STATUS_BADGE_COLOR: Readonly<Record<Status, BadgeColor>> = {
  met: "success",
  not_met: "danger",
  no_target: "informative",
  not_measured: "informative",
  invalid: "severe",
};

/** A missed target within the tolerance: amber, as in the summary. */
export const WITHIN_TOLERANCE_BADGE_COLOR: BadgeColor = "warning";
