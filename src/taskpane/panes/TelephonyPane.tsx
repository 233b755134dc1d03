/** "Saisie mensuelle": paste the telephony figures, preview them, then write them into the workbook. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ActionFeedback } from "../components/ActionFeedback";
import { ApplyOutcome } from "../components/ApplyOutcome";
import { PreviewResult } from "../components/PreviewResult";
import { SurveyEntrySection } from "../components/SurveyEntrySection";
import type { SurveyEntryOperations } from "../hooks/useSurveyEntry";
import { YearField } from "../components/YearField";
import { useTelephonyEntry, type TelephonyEntry, type TelephonyOperations } from "../hooks/useTelephonyEntry";
import { PasteField } from "../components/PasteField";
import { SiteChoiceField } from "../components/SiteChoiceField";
import { SiteFoldSummary } from "../components/SiteFoldSummary";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  year: { maxWidth: "12em" },
  apply: { alignSelf: "flex-start" },
});

export interface TelephonyPaneProps {
  readonly operations: TelephonyOperations & SurveyEntryOperations;
  readonly defaultYear: number | null;
}

export function TelephonyPane({ operations, defaultYear }: TelephonyPaneProps) {
  const styles = useStyles();
  const entry = useTelephonyEntry(operations, defaultYear);
  return (
    <div className={styles.pane}>
      <Text>{TELEPHONY_STRINGS.intro}</Text>
      <PasteField label={TELEPHONY_STRINGS.pasteLabel} placeholder={TELEPHONY_STRINGS.pastePlaceholder} rows={8} value={entry.text} onChange={entry.setText} />
      <YearField className={styles.year} label={TELEPHONY_STRINGS.yearLabel} hint={TELEPHONY_STRINGS.yearHint} entry={entry.year} />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={!entry.canPreview} onClick={entry.onPreview}>
          {TELEPHONY_STRINGS.preview}
        </Button>
        <Button disabledFocusable={!entry.canCheck} onClick={entry.onCheck}>
          {TELEPHONY_STRINGS.check}
        </Button>
      </div>
      {entry.shown === "paste" ? <PastedResult entry={entry} applyClassName={styles.apply} /> : <SheetResult entry={entry} />}
      <SurveyEntrySection operations={operations} defaultYear={defaultYear} />
    </div>
  );
}

function PastedResult({ entry, applyClassName }: { readonly entry: TelephonyEntry; readonly applyClassName: string }) {
  const { previewed, applied } = entry;
  return (
    <>
      <ActionFeedback state={entry.preview.state} runningLabel={TELEPHONY_STRINGS.previewing} />
      {previewed && <PreviewResult preview={previewed} />}
      {previewed?.siteChoice && previewed.months.length > 0 && (
        <>
          {previewed.siteChoice.pasted === undefined && (
            <SiteChoiceField sites={previewed.siteChoice.sites} chosen={entry.site} onChoose={entry.chooseSite} disabled={applied !== null} />
          )}
          <SiteFoldSummary choice={previewed.siteChoice} chosen={entry.site} />
        </>
      )}
      {previewed && previewed.months.length > 0 && (
        <Button className={applyClassName} appearance="primary" disabledFocusable={!entry.canApply} onClick={entry.onApply}>
          {TELEPHONY_STRINGS.apply}
        </Button>
      )}
      <ActionFeedback
        state={entry.apply.state}
        runningLabel={TELEPHONY_STRINGS.applying}
        doneMessage={(outcome) =>
          outcome.sites === undefined ? TELEPHONY_STRINGS.applied(outcome.sheet, outcome.created) : TELEPHONY_STRINGS.appliedSheets([...new Set(outcome.sites.map((site) => site.sheet))])
        }
      />
      {applied && <ApplyOutcome outcome={applied} />}
    </>
  );
}

function SheetResult({ entry }: { readonly entry: TelephonyEntry }) {
  return (
    <>
      <ActionFeedback state={entry.check.state} runningLabel={TELEPHONY_STRINGS.checking} />
      {entry.checked && <PreviewResult preview={entry.checked} />}
    </>
  );
}
