/** "Contrôles": the problems found; choosing one selects its cell; mark or unmark the cells. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../domain/analysis/types";
import type { Issue } from "../../domain/issues";
import { ActionFeedback } from "../components/ActionFeedback";
import { IssueList } from "../components/IssueList";
import { useAsyncAction, type AsyncState } from "../hooks/useAsyncAction";
import type { WorkbookOperations } from "../operations";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ChecksPaneProps {
  readonly operations: WorkbookOperations;
  readonly state: AsyncState<Analysis>;
  readonly analysis: Analysis | null;
  readonly onAnalyze: () => void;
}

export function ChecksPane({ operations, state, analysis, onAnalyze }: ChecksPaneProps) {
  const styles = useStyles();
  const select = useAsyncAction((sheet: string, cell: string) => operations.selectCell(sheet, cell));
  const mark = useAsyncAction((issues: readonly Issue[]) => operations.markIssues(issues));
  const clear = useAsyncAction(() => operations.clearMarks());

  if (!analysis || state.kind === "failed") {
    return (
      <div className={styles.pane}>
        <Text>{STRINGS.checks.notAnalyzed}</Text>
        <Button appearance="primary" disabled={state.kind === "running"} onClick={onAnalyze}>
          {STRINGS.analyze.run}
        </Button>
        <ActionFeedback state={state} runningLabel={STRINGS.analyze.running} />
      </div>
    );
  }
  const issues = analysis.issues;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const busy = mark.state.kind === "running" || clear.state.kind === "running";
  return (
    <div className={styles.pane}>
      <Text>{STRINGS.checks.intro}</Text>
      <ActionFeedback state={state} runningLabel={STRINGS.analyze.running} />
      {issues.length === 0 ? (
        <Text weight="semibold">{STRINGS.checks.none}</Text>
      ) : (
        <>
          <Text weight="semibold">{STRINGS.checks.count(errors, issues.length - errors)}</Text>
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => void mark.run(issues)}>
              {STRINGS.checks.mark}
            </Button>
            <Button disabled={busy} onClick={() => void clear.run()}>
              {STRINGS.checks.clear}
            </Button>
          </div>
          <div>
            <ActionFeedback state={mark.state} runningLabel={STRINGS.checks.marking} doneMessage={STRINGS.checks.marked} />
            <ActionFeedback state={clear.state} runningLabel={STRINGS.checks.clearing} doneMessage={STRINGS.checks.cleared} />
            <ActionFeedback state={select.state} runningLabel={STRINGS.checks.selecting} />
          </div>
          <IssueList
            issues={issues}
            label={STRINGS.checks.listLabel}
            onSelect={(issue) => void select.run(issue.sheet, issue.cell)}
          />
        </>
      )}
    </div>
  );
}
