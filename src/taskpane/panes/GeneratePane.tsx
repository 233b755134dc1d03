/**
 * "Générer": write the summary sheets, then offer to open the new summary. When report sheets were written
 * in since their generation, nothing is written until the user chooses to keep or replace them.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ActionFeedback } from "../components/ActionFeedback";
import { AnnotatedSheetsNotice } from "../components/AnnotatedSheetsNotice";
import { useAsyncAction } from "../hooks/useAsyncAction";
import type { AnnotationChoice, GenerateResult, Settings, WorkbookOperations } from "../../port";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type GenerateOperations = Pick<WorkbookOperations, "generateReport" | "showSheet">;

export interface GeneratePaneProps {
  readonly operations: GenerateOperations;
  readonly settings: Settings;
}

export function GeneratePane({ operations, settings }: GeneratePaneProps) {
  const styles = useStyles();
  const generate = useAsyncAction(
    (chosen: Settings, choice?: AnnotationChoice): Promise<GenerateResult> =>
      choice === undefined ? operations.generateReport(chosen) : operations.generateReport(chosen, choice),
  );
  const show = useAsyncAction((sheet: string) => operations.showSheet(sheet));
  const result = generate.state.kind === "done" ? generate.state.value : null;
  const annotated = result?.kind === "annotated" ? result.annotated : null;
  const outcome = result !== null && result.kind !== "annotated" ? result : null;
  return (
    <div className={styles.pane}>
      <Text>{STRINGS.generate.intro}</Text>
      <Button appearance="primary" disabledFocusable={generate.state.kind === "running"} onClick={() => void generate.run(settings)}>
        {STRINGS.generate.run}
      </Button>
      <ActionFeedback state={generate.state} runningLabel={STRINGS.generate.running} doneMessage={(value) => (value.kind === "annotated" ? null : STRINGS.generate.done)} />
      {annotated && (
        <AnnotatedSheetsNotice
          annotated={annotated}
          onKeep={() => void generate.run(settings, "keep")}
          onReplace={() => void generate.run(settings, "replace")}
        />
      )}
      {outcome && (
        <>
          {(outcome.kept ?? []).map(({ sheet, keptAs }) => (
            <Text key={keptAs}>{STRINGS.generate.keptAs(sheet, keptAs)}</Text>
          ))}
          <Text>{STRINGS.generate.sheetsWritten}</Text>
          <ul className={styles.sheets}>
            {outcome.sheets.map((sheet) => (
              <li key={sheet}>{sheet}</li>
            ))}
          </ul>
          {outcome.warnings && outcome.warnings.length > 0 && (
            <div role="status">
              <Text weight="semibold">{STRINGS.generate.warnings}</Text>
              <ul className={styles.sheets}>
                {outcome.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
          <Button appearance="secondary" onClick={() => void show.run(outcome.activeSheet)}>
            {STRINGS.generate.open(outcome.activeSheet)}
          </Button>
          <ActionFeedback state={show.state} runningLabel={STRINGS.generate.open(outcome.activeSheet)} />
        </>
      )}
    </div>
  );
}
