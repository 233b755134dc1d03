/** The survey's own problems; choosing one selects its cell, as in Contrôles. */
import { SURVEY_STRINGS } from "../survey-strings";
import { Text } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import type { WorkbookOperations } from "../../port";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { STRINGS } from "../strings";
import { ActionFeedback } from "./ActionFeedback";
import { IssueList } from "./IssueList";

export interface SurveyProblemsProps {
  readonly issues: readonly Issue[];
  readonly selectCell?: WorkbookOperations["selectCell"];
}

export function SurveyProblems({ issues, selectCell }: SurveyProblemsProps) {
  const select = useAsyncAction((sheet: string, cell: string) => selectCell?.(sheet, cell) ?? Promise.resolve());
  if (issues.length === 0) return <Text>{SURVEY_STRINGS.noProblem}</Text>;
  return (
    <>
      <ActionFeedback state={select.state} runningLabel={STRINGS.checks.selecting} />
      <IssueList
        issues={issues}
        label={SURVEY_STRINGS.problemsTitle}
        onSelect={selectCell ? (issue) => void select.run(issue.sheet, issue.cell) : undefined}
      />
    </>
  );
}
