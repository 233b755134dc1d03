/**
 * "Paramètres": the year to analyse, the tolerance band, the live checks and the public page's figures, saved in
 * the workbook; the compatibility check (its buttons do not submit).
 */
import { Button, Field, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FormEvent } from "react";
import { ActionFeedback } from "../components/ActionFeedback";
import { CompatibilityCheck } from "../components/CompatibilityCheck";
import { PublicFiguresField } from "../components/PublicFiguresField";
import { YearField } from "../components/YearField";
import { readToleranceInput } from "../format/year-input";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { useFollowingText } from "../hooks/useFollowingText";
import { useYearEntry } from "../hooks/useYearEntry";
import { liveChecksOn, publicFiguresOf, type PublicFigureKind, type Settings, type WorkbookOperations } from "../../port";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  submit: { alignSelf: "flex-start" },
});

export type SettingsOperations = Pick<WorkbookOperations, "saveSettings" | "checkCompatibility">;

export interface SettingsPaneProps {
  readonly operations: SettingsOperations;
  readonly settings: Settings;
  readonly onSaved: (settings: Settings) => void;
}

function toleranceText(tolerance: number): string {
  return String(tolerance).replace(".", ",");
}

export function SettingsPane({ operations, settings, onSaved }: SettingsPaneProps) {
  const styles = useStyles();
  // Both fields show the settings (read, saved, or the year chosen in Analyser) until the user types.
  const year = useYearEntry(settings.year);
  const [tolerance, setTolerance] = useFollowingText(toleranceText(settings.tolerance));
  const save = useAsyncAction(async (next: Settings) => {
    await operations.saveSettings(next);
    onSaved(next);
    return next;
  });
  const toleranceValue = readToleranceInput(tolerance);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!year.input.ok || toleranceValue === null || save.state.kind === "running") return;
    void save.run({ ...settings, year: year.input.year, tolerance: toleranceValue });
  };
  // Saved at once, with the settings as they are kept: the checks start or stop without pressing Enregistrer.
  const onLiveChange = (checked: boolean) => {
    if (save.state.kind !== "running") void save.run({ ...settings, liveChecks: checked });
  };
  const onFiguresChange = (publicFigures: readonly PublicFigureKind[]) => {
    if (save.state.kind !== "running") void save.run({ ...settings, publicFigures });
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <Text>{STRINGS.settings.intro}</Text>
      <YearField label={STRINGS.settings.yearLabel} hint={STRINGS.settings.yearHint} entry={year} />
      <Field
        label={STRINGS.settings.toleranceLabel}
        hint={STRINGS.settings.toleranceHint}
        validationState={toleranceValue === null ? "error" : "none"}
        validationMessage={toleranceValue === null ? STRINGS.settings.invalidTolerance : undefined}
      >
        <Input inputMode="decimal" value={tolerance} onChange={(_, data) => setTolerance(data.value)} />
      </Field>
      <Field hint={STRINGS.settings.liveHint}>
        <Switch label={STRINGS.settings.liveLabel} checked={liveChecksOn(settings)} onChange={(_, data) => onLiveChange(data.checked)} />
      </Field>
      <PublicFiguresField chosen={publicFiguresOf(settings)} onChange={onFiguresChange} />
      <Button
        className={styles.submit}
        type="submit"
        appearance="primary"
        disabledFocusable={save.state.kind === "running" || !year.input.ok || toleranceValue === null}
      >
        {STRINGS.settings.save}
      </Button>
      <ActionFeedback state={save.state} runningLabel={STRINGS.settings.saving} doneMessage={() => STRINGS.settings.saved} />
      <CompatibilityCheck operations={operations} />
    </form>
  );
}
