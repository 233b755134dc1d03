/** "Saisie mensuelle": paste the telephony figures, preview them, then write them into the workbook. */
import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ActionFeedback } from "../components/ActionFeedback";
import { PreviewResult } from "../components/PreviewResult";
import { ApplyOutcome } from "../components/ApplyOutcome";
import { readYearInput } from "../format/year-input";
import { useAsyncAction } from "../hooks/useAsyncAction";
import type { TelephonyPreview, WorkbookOperations } from "../../port";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
  year: { maxWidth: "12em" },
  apply: { alignSelf: "flex-start" },
});

export interface TelephonyPaneProps {
  readonly operations: WorkbookOperations;
  readonly defaultYear: number | null;
}

type Shown = "paste" | "sheet";

export function TelephonyPane({ operations, defaultYear }: TelephonyPaneProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [typedYear, setTypedYear] = useState<string | null>(null);
  // Until the user types a year, the field follows the settings' or the analysed year.
  const yearText = typedYear ?? (defaultYear === null ? "" : String(defaultYear));
  const [shown, setShown] = useState<Shown>("paste");
  const preview = useAsyncAction((pasted: string, year: number | null) => operations.previewTelephony(pasted, year));
  const apply = useAsyncAction((chosen: TelephonyPreview) => operations.applyTelephony(chosen));
  const check = useAsyncAction((year: number | null) => operations.checkTelephonySheet(year));
  const year = readYearInput(yearText);
  const busy = [preview, apply, check].some((action) => action.state.kind === "running");

  const onPreview = () => {
    if (!year.ok || text.trim() === "") return;
    setShown("paste");
    apply.reset();
    void preview.run(text, year.year);
  };
  const onCheck = () => {
    if (!year.ok) return;
    setShown("sheet");
    void check.run(year.year);
  };
  const previewed = preview.state.kind === "done" ? preview.state.value : null;
  const checked = check.state.kind === "done" ? check.state.value : null;
  const applied = apply.state.kind === "done" ? apply.state.value : null;

  return (
    <div className={styles.pane}>
      <Text>{STRINGS.telephony.intro}</Text>
      <Field label={STRINGS.telephony.pasteLabel}>
        <Textarea
          className={styles.textarea}
          value={text}
          rows={8}
          resize="vertical"
          placeholder={STRINGS.telephony.pastePlaceholder}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <Field
        label={STRINGS.telephony.yearLabel}
        hint={STRINGS.telephony.yearHint}
        validationState={year.ok ? "none" : "error"}
        validationMessage={year.ok ? undefined : STRINGS.settings.invalidYear}
      >
        <Input className={styles.year} inputMode="numeric" value={yearText} onChange={(_, data) => setTypedYear(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy || !year.ok || text.trim() === ""} onClick={onPreview}>
          {STRINGS.telephony.preview}
        </Button>
        <Button disabledFocusable={busy || !year.ok} onClick={onCheck}>
          {STRINGS.telephony.check}
        </Button>
      </div>
      {shown === "paste" ? (
        <>
          <ActionFeedback state={preview.state} runningLabel={STRINGS.telephony.previewing} />
          {previewed && <PreviewResult preview={previewed} />}
          {previewed && previewed.months.length > 0 && (
            // Kept (disabled) once applied, so keyboard focus is not lost.
            <Button
              className={styles.apply}
              appearance="primary"
              disabledFocusable={busy || applied !== null}
              onClick={() => void apply.run(previewed)}
            >
              {STRINGS.telephony.apply}
            </Button>
          )}
          <ActionFeedback
            state={apply.state}
            runningLabel={STRINGS.telephony.applying}
            doneMessage={(outcome) => STRINGS.telephony.applied(outcome.sheet, outcome.created)}
          />
          {applied && <ApplyOutcome outcome={applied} />}
        </>
      ) : (
        <>
          <ActionFeedback state={check.state} runningLabel={STRINGS.telephony.checking} />
          {checked && <PreviewResult preview={checked} />}
        </>
      )}
    </div>
  );
}
