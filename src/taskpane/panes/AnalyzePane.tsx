/** "Analyser": run the analysis, choose the year, see counts by status and the indicators by thématique. */
import { Button, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Analysis } from "../../domain/analysis/types";
import { ActionFeedback } from "../components/ActionFeedback";
import { AnalysisResults, AnalyzedYearSelect } from "../components/lazy-results";
import { PaneLoader } from "../components/PaneLoader";
import type { WorkbookOperations } from "../../port";
import type { AsyncState } from "../hooks/useAsyncAction";
import { STRINGS } from "../strings";

// Inline, not makeStyles: the first paint carries no style compiler (README, "The first paint").
const styles = {
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
} satisfies Record<string, CSSProperties>;

export interface AnalyzePaneProps {
  readonly state: AsyncState<Analysis>;
  readonly analysis: Analysis | null;
  /** The year from the settings, analysed on the first run (null: the latest). */
  readonly defaultYear: number | null;
  /** The tolerance from the settings: a target missed by less is said to be within it. */
  readonly tolerance: number;
  readonly onAnalyze: (year: number | null) => void;
  /** Selects a survey problem's cell; without it the problems are listed only. */
  readonly selectCell?: WorkbookOperations["selectCell"];
}

export function AnalyzePane({ state, analysis, defaultYear, tolerance, onAnalyze, selectCell }: AnalyzePaneProps) {
  const running = state.kind === "running";
  return (
    <div style={styles.pane}>
      <span>{STRINGS.analyze.intro}</span>
      <div style={styles.actions}>
        <Button appearance="primary" disabledFocusable={running} onClick={() => onAnalyze(analysis?.year ?? defaultYear)}>
          {analysis ? STRINGS.analyze.rerun : STRINGS.analyze.run}
        </Button>
        {analysis && analysis.availableYears.length > 0 && (
          <PaneLoader>
            <AnalyzedYearSelect year={analysis.year} years={analysis.availableYears} disabled={running} onChoose={onAnalyze} />
          </PaneLoader>
        )}
      </div>
      <ActionFeedback
        state={state}
        runningLabel={STRINGS.analyze.running}
        doneMessage={(value) => STRINGS.analyze.done(value.year, value.indicators.length)}
      />
      {analysis && state.kind !== "failed" && (
        <PaneLoader>
          <AnalysisResults analysis={analysis} tolerance={tolerance} selectCell={selectCell} />
        </PaneLoader>
      )}
    </div>
  );
}
