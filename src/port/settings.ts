/** The settings kept in the workbook, shared by the pane and the adapters. */
import { DEFAULT_PUBLIC_FIGURES, type PublicFigureKind } from "../report/public/kinds";

export interface Settings {
  /** The year to analyse; null: the latest year that has results. */
  readonly year: number | null;
  /** "Not met but within tolerance" band, in points or in the indicator's unit; 0: off. */
  readonly tolerance: number;
  /** « Contrôle en continu »: each edit checked as it happens; absent: on. */
  readonly liveChecks?: boolean;
  /** The figures of the page for the public (« Affichage <année> »); absent: the default ones. */
  readonly publicFigures?: readonly PublicFigureKind[];
}

/** Whether the live checks are on (they are unless turned off). */
export function liveChecksOn(settings: Settings): boolean {
  return settings.liveChecks !== false;
}

export const DEFAULT_SETTINGS: Settings = { year: null, tolerance: 0 };

/** The figures the page for the public shows: the user's choice, else the call-answer rate, the e-mail delay and the satisfaction. */
export function publicFiguresOf(settings: Settings): readonly PublicFigureKind[] {
  return settings.publicFigures ?? DEFAULT_PUBLIC_FIGURES;
}
