/** "Paramètres": the year to analyse and the tolerance band, saved in the workbook. */
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type FormEvent } from "react";
import { ActionFeedback } from "../components/ActionFeedback";
import { readToleranceInput, readYearInput } from "../format/year-input";
import { useAsyncAction } from "../hooks/useAsyncAction";
import type { Settings, WorkbookOperations } from "../../port";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  submit: { alignSelf: "flex-start" },
});

export interface SettingsPaneProps {
  readonly operations: WorkbookOperations;
  readonly settings: Settings;
  readonly onSaved: (settings: Settings) => void;
}

function toleranceText(tolerance: number): string {
  return String(tolerance).replace(".", ",");
}

export function SettingsPane({ operations, settings, onSaved }: SettingsPaneProps) {
  const styles = useStyles();
  const [yearText, setYearText] = useState(settings.year === null ? "" : String(settings.year));
  const [tolerance, setTolerance] = useState(toleranceText(settings.tolerance));
  // When the settings change elsewhere (the year chosen in Analyser) or are saved, the form shows them.
  useEffect(() => {
    setYearText(settings.year === null ? "" : String(settings.year));
    setTolerance(toleranceText(settings.tolerance));
  }, [settings.year, settings.tolerance]);
  const save = useAsyncAction(async (next: Settings) => {
    await operations.saveSettings(next);
    onSaved(next);
    return next;
  });
  const year = readYearInput(yearText);
  const toleranceValue = readToleranceInput(tolerance);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!year.ok || toleranceValue === null || save.state.kind === "running") return;
    void save.run({ year: year.year, tolerance: toleranceValue });
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <Text>{STRINGS.settings.intro}</Text>
      <Field
        label={STRINGS.settings.yearLabel}
        hint={STRINGS.settings.yearHint}
        validationState={year.ok ? "none" : "error"}
        validationMessage={year.ok ? undefined : STRINGS.settings.invalidYear}
      >
        <Input inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <Field
        label={STRINGS.settings.toleranceLabel}
        hint={STRINGS.settings.toleranceHint}
        validationState={toleranceValue === null ? "error" : "none"}
        validationMessage={toleranceValue === null ? STRINGS.settings.invalidTolerance : undefined}
      >
        <Input inputMode="decimal" value={tolerance} onChange={(_, data) => setTolerance(data.value)} />
      </Field>
      <Button
        className={styles.submit}
        type="submit"
        appearance="primary"
        disabledFocusable={save.state.kind === "running" || !year.ok || toleranceValue === null}
      >
        {STRINGS.settings.save}
      </Button>
      <ActionFeedback state={save.state} runningLabel={STRINGS.settings.saving} doneMessage={() => STRINGS.settings.saved} />
    </form>
  );
}
