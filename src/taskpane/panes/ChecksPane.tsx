/** "Contrôles": the problems found; choosing one selects its cell; mark or unmark the cells. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../domain/analysis/types";
import type { Issue } from "../../domain/issues";
import { ActionFeedback } from "../components/ActionFeedback";
import { ProblemsView, type ProblemsOperations } from "../components/ProblemsView";
import type { AsyncState } from "../hooks/useAsyncAction";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  run: { alignSelf: "flex-start" },
});

export interface ChecksPaneProps {
  readonly operations: ProblemsOperations;
  readonly state: AsyncState<Analysis>;
  readonly analysis: Analysis | null;
  readonly onAnalyze: () => void;
  /** The problems of the rows the last live check read, when `analysis` is that check's. */
  readonly recentIssues?: readonly Issue[];
}

export function ChecksPane({ operations, state, analysis, onAnalyze, recentIssues }: ChecksPaneProps) {
  const styles = useStyles();
  const analysed = analysis !== null && state.kind !== "failed";
  // One tree before and after the analysis: the button stays the same element and keeps the keyboard focus.
  return (
    <div className={styles.pane}>
      <Text>{analysed ? STRINGS.checks.intro : STRINGS.checks.notAnalyzed}</Text>
      <Button className={styles.run} appearance="primary" disabledFocusable={state.kind === "running"} onClick={onAnalyze}>
        {analysed ? STRINGS.analyze.rerun : STRINGS.analyze.run}
      </Button>
      <ActionFeedback state={state} runningLabel={STRINGS.analyze.running} />
      {analysed && <ProblemsView operations={operations} issues={analysis.issues} recentIssues={recentIssues} />}
    </div>
  );
}
