/**
 * The state of "Saisie mensuelle": the pasted text, the year, which result is shown (the pasted figures or the
 * sheet's), and the three operations — preview, apply, check — with what each may do at this moment.
 */
import { useState } from "react";
import type { TelephonyApplyOutcome, TelephonyPreview, WorkbookOperations } from "../../port";
import { useAsyncAction, type AsyncAction } from "./useAsyncAction";
import { useYearEntry, type YearEntry } from "./useYearEntry";

export type TelephonyOperations = Pick<WorkbookOperations, "previewTelephony" | "applyTelephony" | "checkTelephonySheet">;

/** The pasted figures and what became of them, or the figures already in the year's sheet. */
export type Shown = "paste" | "sheet";

export interface TelephonyEntry {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly year: YearEntry;
  readonly shown: Shown;
  readonly preview: AsyncAction<[string, number | null], TelephonyPreview>;
  readonly apply: AsyncAction<[TelephonyPreview], TelephonyApplyOutcome>;
  readonly check: AsyncAction<[number | null], TelephonyPreview>;
  /** The preview, the written outcome, the sheet's figures: each once its operation is done. */
  readonly previewed: TelephonyPreview | null;
  readonly applied: TelephonyApplyOutcome | null;
  readonly checked: TelephonyPreview | null;
  readonly canPreview: boolean;
  readonly canCheck: boolean;
  /** Offered once a preview found months; kept (disabled) once applied, so keyboard focus is not lost. */
  readonly canApply: boolean;
  /** With several sites: the site the pasted figures go to (the export's, else the user's choice), null until chosen. */
  readonly site: string | null;
  readonly chooseSite: (site: string) => void;
  readonly onPreview: () => void;
  readonly onCheck: () => void;
  readonly onApply: () => void;
}

export function useTelephonyEntry(operations: TelephonyOperations, defaultYear: number | null): TelephonyEntry {
  const [text, setText] = useState("");
  // Until the user types a year, the field follows the settings' or the analysed year.
  const year = useYearEntry(defaultYear);
  const [shown, setShown] = useState<Shown>("paste");
  const preview = useAsyncAction((pasted: string, chosen: number | null) => operations.previewTelephony(pasted, chosen));
  const apply = useAsyncAction((chosen: TelephonyPreview) => operations.applyTelephony(chosen));
  const check = useAsyncAction((chosen: number | null) => operations.checkTelephonySheet(chosen));

  const busy = [preview, apply, check].some((action) => action.state.kind === "running");
  const previewed = preview.state.kind === "done" ? preview.state.value : null;
  const applied = apply.state.kind === "done" ? apply.state.value : null;
  const checked = check.state.kind === "done" ? check.state.value : null;
  const canPreview = !busy && year.input.ok && text.trim() !== "";
  const canCheck = !busy && year.input.ok;
  // The user's choice of site; until one is made, the site the pasted export names, if any.
  const [chosenSite, setChosenSite] = useState<string | null>(null);
  const siteChoice = previewed?.siteChoice;
  const site = siteChoice === undefined ? null : (chosenSite ?? siteChoice.chosen);
  const siteMissing = siteChoice !== undefined && siteChoice.pasted === undefined && site === null;
  const canApply = !busy && previewed !== null && applied === null && !siteMissing;

  const chooseSite = (chosen: string) => setChosenSite(chosen);
  const onPreview = () => {
    if (!canPreview || !year.input.ok) return;
    setShown("paste");
    setChosenSite(null);
    apply.reset();
    void preview.run(text, year.input.year);
  };
  const onCheck = () => {
    if (!canCheck || !year.input.ok) return;
    setShown("sheet");
    void check.run(year.input.year);
  };
  const onApply = () => {
    if (!canApply || !previewed) return;
    void apply.run(siteChoice === undefined || siteChoice.pasted !== undefined ? previewed : { ...previewed, siteChoice: { ...siteChoice, chosen: site } });
  };
  return { text, setText, year, shown, preview, apply, check, previewed, applied, checked, canPreview, canCheck, canApply, site, chooseSite, onPreview, onCheck, onApply };
}
