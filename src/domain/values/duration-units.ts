import type { DurationUnit } from "./types";

export const DURATION_UNITS: readonly DurationUnit[] = ["secondes", "minutes", "heures", "jours"];

export function isDurationUnit(unit: string | null): unit is DurationUnit {
  return (DURATION_UNITS as readonly (string | null)[]).includes(unit);
}
