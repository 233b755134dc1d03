/** What the live region says after a live check: « 1 nouveau problème en D14 ». */
import type { Issue } from "../../domain/issues";
import type { LiveUpdate } from "../../port";
import { STRINGS } from "../strings";

function cells(issues: readonly Issue[]): string {
  return [...new Set(issues.map((issue) => issue.cell ?? issue.sheet ?? ""))].join(", ");
}

export function liveAnnouncement(update: LiveUpdate): string {
  if (update.kind === "failed") return STRINGS.live.failed(update.message);
  const { added, removed } = update;
  const parts = [
    ...(added.length > 0 ? [STRINGS.live.added(added.length, cells(added))] : []),
    ...(removed.length > 0 ? [STRINGS.live.removed(removed.length, cells(removed))] : []),
  ];
  const nothing = update.kind === "full" ? STRINGS.live.reread(update.analysis.issues.length) : STRINGS.live.unchanged;
  const text = parts.length === 0 ? nothing : parts.join("\u00a0; ");
  return update.fromCoAuthor ? `${text} (${STRINGS.live.coAuthor})` : text;
}
