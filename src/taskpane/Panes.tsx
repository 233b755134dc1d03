/** Which pane the tab list shows, and the pane for each tab. */
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import type { AsyncAction } from "./hooks/useAsyncAction";
import type { Settings, WorkbookOperations } from "../port";
import { AnalyzePane } from "./panes/AnalyzePane";
import { ChecksPane, GeneratePane, SettingsPane, TelephonyPane } from "./panes/lazy-panes";

export type PaneId = "analyze" | "checks" | "generate" | "telephony" | "settings";

export const PANE_IDS: readonly PaneId[] = ["analyze", "checks", "generate", "telephony", "settings"];

export interface PaneProps {
  readonly pane: PaneId;
  readonly operations: WorkbookOperations;
  readonly settings: Settings;
  readonly analysis: AsyncAction<[Settings], Analysis>;
  readonly onSettingsChange: (settings: Settings) => void;
  /** The problems of the rows the last live check read, when the analysis shown is that check's. */
  readonly recentIssues: readonly Issue[];
}

export function Pane({ pane, operations, settings, analysis, onSettingsChange, recentIssues }: PaneProps) {
  const analyze = (year: number | null) => {
    const next = { ...settings, year };
    onSettingsChange(next);
    void analysis.run(next);
  };
  switch (pane) {
    case "analyze":
      return (
        <AnalyzePane
          state={analysis.state} analysis={analysis.lastValue}
          defaultYear={settings.year}
          tolerance={settings.tolerance}
          onAnalyze={analyze}
          selectCell={(sheet, cell) => operations.selectCell(sheet, cell)}
        />
      );
    case "checks":
      return (
        <ChecksPane
          operations={operations}
          state={analysis.state}
          analysis={analysis.lastValue}
          onAnalyze={() => void analysis.run(settings)}
          recentIssues={recentIssues}
        />
      );
    case "generate":
      return <GeneratePane operations={operations} settings={settings} />;
    case "telephony":
      return <TelephonyPane operations={operations} defaultYear={settings.year ?? analysis.lastValue?.year ?? null} />;
    case "settings":
      return <SettingsPane operations={operations} settings={settings} onSaved={onSettingsChange} />;
  }
}
