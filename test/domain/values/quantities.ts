/** Quantity builders for the value grammar's tests. */
import type { DurationUnit, Quantity } from "../../../src/domain/values";

export const pct = (value: number): Quantity => ({ value, dimension: "percent", unit: "%", bare: false });
export const bare = (value: number): Quantity => ({ value, dimension: "count", unit: null, bare: true });
export const count = (value: number, unit: string): Quantity => ({ value, dimension: "count", unit, bare: false });
export const score = (value: number, scale: number): Quantity => ({ value, dimension: "score", unit: `sur ${scale}`, scale, bare: false });
export const span = (value: number, unit: DurationUnit, workingDays = false): Quantity =>
  workingDays ? { value, dimension: "duration", unit, workingDays, bare: false } : { value, dimension: "duration", unit, bare: false };
