/** Saisie's survey part: paste the answers, preview them, write them into the year's survey sheet. */
import { SURVEY_STRINGS } from "../survey-strings";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useSurveyEntry, type SurveyEntryOperations } from "../hooks/useSurveyEntry";
import { PasteField } from "./PasteField";
import { ActionFeedback } from "./ActionFeedback";
import { SurveyPastePreview } from "./SurveyPastePreview";
import { YearField } from "./YearField";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  year: { maxWidth: "12em" },
  button: { alignSelf: "flex-start" },
});

export function SurveyEntrySection({ operations, defaultYear }: { readonly operations: SurveyEntryOperations; readonly defaultYear: number | null }) {
  const styles = useStyles();
  const id = useId();
  const entry = useSurveyEntry(operations, defaultYear);
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {SURVEY_STRINGS.entryTitle}
      </h2>
      <Text>{SURVEY_STRINGS.entryIntro}</Text>
      <PasteField label={SURVEY_STRINGS.pasteLabel} placeholder={SURVEY_STRINGS.pastePlaceholder} rows={6} value={entry.text} onChange={entry.setText} />
      <YearField className={styles.year} label={SURVEY_STRINGS.yearLabel} hint={SURVEY_STRINGS.yearHint} entry={entry.year} />
      <Button className={styles.button} appearance="primary" disabledFocusable={!entry.canPreview} onClick={entry.onPreview}>
        {SURVEY_STRINGS.preview}
      </Button>
      <ActionFeedback state={entry.preview.state} runningLabel={SURVEY_STRINGS.previewing} />
      {entry.previewed && <SurveyPastePreview preview={entry.previewed} />}
      {entry.previewed && entry.previewed.rows.length > 0 && (
        <Button className={styles.button} appearance="primary" disabledFocusable={!entry.canApply} onClick={entry.onApply}>
          {SURVEY_STRINGS.apply}
        </Button>
      )}
      <ActionFeedback
        state={entry.apply.state}
        runningLabel={SURVEY_STRINGS.applying}
        doneMessage={(outcome) => SURVEY_STRINGS.applied(outcome.sheet, outcome.created, outcome.added, outcome.duplicates)}
      />
    </section>
  );
}
