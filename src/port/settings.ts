/** The settings kept in the workbook, shared by the pane and the adapters. */
export interface Settings {
  /** The year to analyse; null: the latest year that has results. */
  readonly year: number | null;
  /** "Not met but within tolerance" band, in points or in the indicator's unit; 0: off. */
  readonly tolerance: number;
  /** « Contrôle en continu »: each edit checked as it happens; absent: on. */
  readonly liveChecks?: boolean;
}

/** Whether the live checks are on (they are unless turned off). */
export function liveChecksOn(settings: Settings): boolean {
  return settings.liveChecks !== false;
}

export const DEFAULT_SETTINGS: Settings = { year: null, tolerance: 0 };
