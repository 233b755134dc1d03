/** The compatibility check the pane runs on the user's own Excel: each item with its outcome, in French. */

export type CompatibilityItemId =
  | "application"
  | `requirementSet:${string}`
  | "temporarySheet"
  | "textStaysText"
  | "rangeAreasFormat"
  | "customProperty"
  | "printZoom"
  | "cleanup";

export interface CompatibilityItem {
  readonly id: CompatibilityItemId;
  /** What was checked, in French. */
  readonly label: string;
  /** "ok": it works; "failed": it does not (the detail says what Excel did); "info": a fact (a set the add-in does not need). */
  readonly outcome: "ok" | "failed" | "info";
  /** « OK », or what failed, or the fact, in French. */
  readonly detail: string;
}

export interface CompatibilityReport {
  readonly items: readonly CompatibilityItem[];
}

/** The part of `Office.context` the check reads; the simulated host provides one too. */
export interface OfficeEnvironment {
  readonly diagnostics?: { readonly host: string; readonly platform: string; readonly version: string } | null;
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null;
}
