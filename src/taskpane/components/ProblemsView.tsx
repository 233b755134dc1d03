/** The problems of an analysis: counts, mark and unmark buttons, and the list that selects cells. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import { useAsyncAction } from "../hooks/useAsyncAction";
import type { WorkbookOperations } from "../../port";
import { recentFirst } from "../format/recent-first";
import { STRINGS } from "../strings";
import { ActionFeedback } from "./ActionFeedback";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What the problems view asks of the workbook: select a problem's cell, mark and unmark the cells. */
export type ProblemsOperations = Pick<WorkbookOperations, "selectCell" | "markIssues" | "clearMarks">;

export interface ProblemsViewProps {
  readonly operations: ProblemsOperations;
  readonly issues: readonly Issue[];
  /** The problems of the rows a live check just read: listed first, and said to be new. */
  readonly recentIssues?: readonly Issue[];
}

export function ProblemsView({ operations, issues, recentIssues = [] }: ProblemsViewProps) {
  const styles = useStyles();
  const select = useAsyncAction((sheet: string, cell: string) => operations.selectCell(sheet, cell));
  const mark = useAsyncAction((chosen: readonly Issue[]) => operations.markIssues(chosen));
  const clear = useAsyncAction(() => operations.clearMarks());
  if (issues.length === 0) return <Text weight="semibold">{STRINGS.checks.none}</Text>;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const busy = mark.state.kind === "running" || clear.state.kind === "running";
  return (
    <>
      <Text weight="semibold">{STRINGS.checks.count(errors, issues.length - errors)}</Text>
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={() => void mark.run(issues)}>
          {STRINGS.checks.mark}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void clear.run()}>
          {STRINGS.checks.clear}
        </Button>
      </div>
      <div>
        <ActionFeedback state={mark.state} runningLabel={STRINGS.checks.marking} doneMessage={STRINGS.checks.marked} />
        <ActionFeedback state={clear.state} runningLabel={STRINGS.checks.clearing} doneMessage={STRINGS.checks.cleared} />
        <ActionFeedback state={select.state} runningLabel={STRINGS.checks.selecting} />
      </div>
      <IssueList {...recentFirst(issues, recentIssues)} label={STRINGS.checks.listLabel} onSelect={(issue) => void select.run(issue.sheet, issue.cell)} />
    </>
  );
}
