/**
 * What the task pane can ask of the workbook. The Excel adapter implements it for Office.js,
 * the playground for the simulated host; components receive it as a prop and never touch Excel.
 */
import type { Analysis, MonthFigures } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import type { SurveyAnalysis } from "../domain/survey/types";
import type { LiveUpdate, LiveWatch } from "./live";
import type { CompatibilityReport } from "./compatibility";
import type { Settings } from "./settings";

export interface GenerateOutcome {
  readonly kind?: "written";
  /** Names of the sheets written, in order (they may differ from the usual names when a user's sheet already bears one). */
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  /** Annotated report sheets kept under another name (« Synthèse 2021 (annotée) »), when the user chose to. */
  readonly kept?: readonly { readonly sheet: string; readonly keptAs: string }[];
  /** What went otherwise than planned once the report was in place (print setup refused, a text taken for a formula…), in French. */
  readonly warnings?: readonly string[];
}

/** A report sheet someone wrote in since it was generated. */
export interface AnnotatedSheet {
  readonly sheet: string;
  /** What changed, in French: « 2 cellules modifiées (B14, C3), 1 ligne ajoutée, 1 commentaire ». */
  readonly changes: string;
  /** The name it would be kept under. */
  readonly keepAs: string;
}

/** Nothing was written: these report sheets hold annotations; the user chooses, then generates again. */
export interface AnnotationsFound {
  readonly kind: "annotated";
  readonly annotated: readonly AnnotatedSheet[];
}

/** What to do with annotated report sheets: keep them under another name, or replace them (after confirmation). */
export type AnnotationChoice = "keep" | "replace";

export type GenerateResult = GenerateOutcome | AnnotationsFound;

/** One telephony site's total for the year. */
export interface SiteRate {
  readonly name: string;
  readonly sheet: string;
  readonly received: number;
  readonly answered: number;
  readonly annualRate: number | null;
}

/** What folding pasted figures into one of the year's sites does. */
export interface SiteFoldOutcome {
  /** The site as the user knows it: the site column's value, or the sheet's name for a sheet per site. */
  readonly site: string;
  readonly sheet: string;
  /** Months the site has not yet, and months whose figures the pasted ones replace ("2022-03"). */
  readonly addedMonths: readonly string[];
  readonly replacedMonths: readonly string[];
}

/** Pasted figures of one site, when the export names its sites (a site column). */
export interface PastedSite {
  /** As the export writes it. */
  readonly pasted: string;
  /** The year's site it matches; null when it matches none (its months are not written). */
  readonly site: string | null;
  readonly months: readonly MonthFigures[];
  readonly fold: SiteFoldOutcome | null;
}

/** Where pasted figures go when the year's telephony comes from several sites. */
export interface SiteChoice {
  /** The year's sites by name, in the workbook's order. */
  readonly sites: readonly string[];
  /** For figures of one site: what folding them into each site would do, and the year's rate over every site after, in the order of `sites`. */
  readonly bySite: readonly (SiteFoldOutcome & { readonly annualRateAfter: number | null })[];
  /** The site the figures go to: the one the export names, or the user's choice; null until chosen. */
  readonly chosen: string | null;
  /** The one site the export's site column names when it matches none of the year's sites. */
  readonly unmatched?: string;
  /** An export naming two sites or more: each site's rows go to their own site (no choice to make). */
  readonly pasted?: readonly PastedSite[];
  /** With `pasted`: the year's rate over every site once all of them are folded in. */
  readonly annualRateAfter?: number | null;
}

export interface TelephonyPreview {
  readonly year: number;
  readonly months: readonly MonthFigures[];
  readonly issues: readonly Issue[];
  readonly received: number;
  readonly answered: number;
  readonly annualRate: number | null;
  /** The sites added up, when the year's figures come from several (a sheet each, or a site column); else absent. */
  readonly sites?: readonly SiteRate[];
  /** Pasted figures, when the year has several sites: the choice of site (or each pasted site's own). */
  readonly siteChoice?: SiteChoice;
}

export interface TelephonyApplyOutcome {
  readonly sheet: string;
  readonly created: boolean;
  readonly replacedMonths: readonly string[];
  readonly addedMonths: readonly string[];
  /** The workbook's analysis once the months are in, for the rate against the table and target. */
  readonly analysis: Analysis | null;
  /** With several sites: what each site received. */
  readonly sites?: readonly SiteFoldOutcome[];
}

/** A pasted survey export, read: its header and respondents as typed, and their analysis. */
export interface SurveyPastePreview {
  readonly year: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly analysis: SurveyAnalysis;
}

export interface SurveyApplyOutcome {
  readonly sheet: string;
  readonly created: boolean;
  /** Respondents written, and those left out because the same row was already there. */
  readonly added: number;
  readonly duplicates: number;
}

/** What « Effacer les marques » did: cells given back their formatting, and marks not found where they were stored. */
export interface MarksCleared {
  readonly restored: number;
  /** Cells that neither wear a mark nor show their original: formatted since, or moved while no pane listened; left as they are. */
  readonly notFound: number;
}

export interface WorkbookOperations {
  /** Reads the open workbook and analyses it. */
  analyze(settings: Settings): Promise<Analysis>;
  /** Selects a cell (and activates its sheet) so the user sees the problem. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Highlights the cells of these problems, remembering their formatting. */
  markIssues(issues: readonly Issue[]): Promise<number>;
  /** Restores exactly the formatting of the cells marked before that still wear their mark. */
  clearMarks(): Promise<MarksCleared>;
  /**
   * Writes or replaces the summary, checks and charts for the analysed year. When a report sheet to replace
   * was written in since (cells, rows, comments) and no choice is given, writes nothing and says so.
   */
  generateReport(settings: Settings, choice?: AnnotationChoice): Promise<GenerateResult>;
  /** Activates a sheet (the link to the new summary). */
  showSheet(sheet: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Parses pasted telephony text; nothing is written. */
  previewTelephony(text: string, year: number | null): Promise<TelephonyPreview>;
  /** Upserts the previewed months into the year's telephony sheet. */
  applyTelephony(preview: TelephonyPreview): Promise<TelephonyApplyOutcome>;
  /** Reads a pasted survey export; nothing is written. */
  previewSurvey(text: string, year: number | null): Promise<SurveyPastePreview>;
  /** Writes the previewed respondents into the year's survey sheet: new ones only, no existing cell changed. */
  applySurvey(preview: SurveyPastePreview): Promise<SurveyApplyOutcome>;
  /** Checks the figures already in the year's telephony sheet. */
  checkTelephonySheet(year: number | null): Promise<TelephonyPreview>;
  /**
   * Checks each burst of edits as it happens (Excel's onChanged): reads the workbook once, then only
   * the changed rows. Absent where the host raises no change events.
   */
  watchChanges?(settings: Settings, listener: (update: LiveUpdate) => void): Promise<LiveWatch>;
  /** Checks what the add-in relies on in this Excel, on a temporary hidden sheet it deletes after. */
  checkCompatibility(): Promise<CompatibilityReport>;
}
