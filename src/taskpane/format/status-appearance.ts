/** Badge colours per status, matching the report: green met, red not met, grey unscored, orange to fix. */
import type { Status } from "../../domain/analysis/types";

export type BadgeColor = "success" | "danger" | "informative" | "severe";

export const STATUS_BADGE_COLOR: Readonly<Record<Status, BadgeColor>> = {
  met: "success",
  not_met: "danger",
  no_target: "informative",
  not_measured: "informative",
  invalid: "severe",
};
