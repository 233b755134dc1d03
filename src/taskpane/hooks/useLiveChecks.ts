/**
 * « Contrôle en continu »: while on, each burst of edits is checked (WorkbookOperations.watchChanges) and
 * its analysis handed to `onAnalysis` with the problems of the rows it read; the announcement says what changed. The handlers are removed when
 * the switch is turned off or the pane closes. A change of year does not start the watch again: Analyser's
 * read renews its baseline with the year chosen.
 */
import { useEffect, useRef, useState } from "react";
import type { Analysis } from "../../domain/analysis/types";
import type { Issue } from "../../domain/issues";
import { liveChecksOn, type LiveWatch, type Settings, type WorkbookOperations } from "../../port";
import { liveAnnouncement } from "../format/live-announcement";

export function useLiveChecks(operations: Pick<WorkbookOperations, "watchChanges">, settings: Settings, ready: boolean, onAnalysis: (analysis: Analysis, changedRowIssues: readonly Issue[]) => void): string {
  const [announcement, setAnnouncement] = useState("");
  const latest = useRef(onAnalysis);
  latest.current = onAnalysis;
  const on = ready && liveChecksOn(settings) && operations.watchChanges !== undefined;
  const current = useRef(settings);
  current.current = settings;
  useEffect(() => {
    if (!on || operations.watchChanges === undefined) return undefined;
    let closed = false;
    let watch: LiveWatch | null = null;
    operations
      .watchChanges(current.current, (update) => {
        if (closed) return;
        if (update.kind !== "failed") latest.current(update.analysis, update.changedRowIssues);
        setAnnouncement(liveAnnouncement(update));
      })
      .then((started) => {
        watch = started;
        if (closed) void started.dispose();
      })
      // Handlers Excel refused: nothing is watched, Analyser still works.
      .catch(() => undefined);
    return () => {
      closed = true;
      if (watch !== null) void watch.dispose();
    };
  }, [on, operations]);
  return announcement;
}
