/** "Générer": write the summary sheets, then offer to open the new summary. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ActionFeedback } from "../components/ActionFeedback";
import { useAsyncAction } from "../hooks/useAsyncAction";
import type { Settings, WorkbookOperations } from "../../port";
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
  const generate = useAsyncAction((chosen: Settings) => operations.generateReport(chosen));
  const show = useAsyncAction((sheet: string) => operations.showSheet(sheet));
  const outcome = generate.state.kind === "done" ? generate.state.value : null;
  return (
    <div className={styles.pane}>
      <Text>{STRINGS.generate.intro}</Text>
      <Button appearance="primary" disabledFocusable={generate.state.kind === "running"} onClick={() => void generate.run(settings)}>
        {STRINGS.generate.run}
      </Button>
      <ActionFeedback state={generate.state} runningLabel={STRINGS.generate.running} doneMessage={() => STRINGS.generate.done} />
      {outcome && (
        <>
          <Text>{STRINGS.generate.sheetsWritten}</Text>
          <ul className={styles.sheets}>
            {outcome.sheets.map((sheet) => (
              <li key={sheet}>{sheet}</li>
            ))}
          </ul>
          <Button appearance="secondary" onClick={() => void show.run(outcome.activeSheet)}>
            {STRINGS.generate.open(outcome.activeSheet)}
          </Button>
          <ActionFeedback state={show.state} runningLabel={STRINGS.generate.open(outcome.activeSheet)} />
        </>
      )}
    </div>
  );
}
