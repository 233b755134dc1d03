/** "Analyser": run the analysis, choose the year, see counts by status and the indicators by thématique. */
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../domain/analysis/types";
import { ActionFeedback } from "../components/ActionFeedback";
import { IndicatorGroups } from "../components/IndicatorGroups";
import { RateComparison } from "../components/RateComparison";
import { StatusCounts } from "../components/StatusCounts";
import type { AsyncState } from "../hooks/useAsyncAction";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

export interface AnalyzePaneProps {
  readonly state: AsyncState<Analysis>;
  readonly analysis: Analysis | null;
  /** The year from the settings, analysed on the first run (null: the latest). */
  readonly defaultYear: number | null;
  /** The tolerance from the settings: a target missed by less is said to be within it. */
  readonly tolerance: number;
  readonly onAnalyze: (year: number | null) => void;
}

export function AnalyzePane({ state, analysis, defaultYear, tolerance, onAnalyze }: AnalyzePaneProps) {
  const styles = useStyles();
  const running = state.kind === "running";
  return (
    <div className={styles.pane}>
      <Text>{STRINGS.analyze.intro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={running} onClick={() => onAnalyze(analysis?.year ?? defaultYear)}>
          {analysis ? STRINGS.analyze.rerun : STRINGS.analyze.run}
        </Button>
        {analysis && analysis.availableYears.length > 0 && (
          <Field label={STRINGS.analyze.yearLabel}>
            <Select
              value={String(analysis.year)}
              disabled={running}
              onChange={(_, data) => onAnalyze(Number(data.value))}
            >
              {[...analysis.availableYears].reverse().map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <ActionFeedback
        state={state}
        runningLabel={STRINGS.analyze.running}
        doneMessage={(value) => STRINGS.analyze.done(value.year, value.indicators.length)}
      />
      {analysis && state.kind !== "failed" && (
        <>
          <StatusCounts summary={analysis.summary} />
          {analysis.monthly !== null && <RateComparison analysis={analysis} />}
          <IndicatorGroups indicators={analysis.indicators} tolerance={tolerance} />
        </>
      )}
    </div>
  );
}
