/** The state of the survey entry in Saisie: the pasted answers, the year, the preview and the write. */
import { useState } from "react";
import type { SurveyApplyOutcome, SurveyPastePreview, WorkbookOperations } from "../../port";
import { useAsyncAction, type AsyncAction } from "./useAsyncAction";
import { useYearEntry, type YearEntry } from "./useYearEntry";

export type SurveyEntryOperations = Pick<WorkbookOperations, "previewSurvey" | "applySurvey">;

export interface SurveyEntry {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly year: YearEntry;
  readonly preview: AsyncAction<[string, number | null], SurveyPastePreview>;
  readonly apply: AsyncAction<[SurveyPastePreview], SurveyApplyOutcome>;
  readonly previewed: SurveyPastePreview | null;
  readonly canPreview: boolean;
  /** Kept (disabled) once written, so keyboard focus is not lost. */
  readonly canApply: boolean;
  readonly onPreview: () => void;
  readonly onApply: () => void;
}

export function useSurveyEntry(operations: SurveyEntryOperations, defaultYear: number | null): SurveyEntry {
  const [text, setText] = useState("");
  const year = useYearEntry(defaultYear);
  const preview = useAsyncAction((pasted: string, chosen: number | null) => operations.previewSurvey(pasted, chosen));
  const apply = useAsyncAction((chosen: SurveyPastePreview) => operations.applySurvey(chosen));
  const busy = preview.state.kind === "running" || apply.state.kind === "running";
  const previewed = preview.state.kind === "done" ? preview.state.value : null;
  const canPreview = !busy && year.input.ok && text.trim() !== "";
  const canApply = !busy && previewed !== null && previewed.rows.length > 0 && apply.state.kind !== "done";
  const onPreview = () => {
    if (!canPreview || !year.input.ok) return;
    apply.reset();
    void preview.run(text, year.input.year);
  };
  const onApply = () => {
    if (canApply && previewed) void apply.run(previewed);
  };
  return { text, setText, year, preview, apply, previewed, canPreview, canApply, onPreview, onApply };
}
