/**
 * Several sites' months into one sheet with a site column (pure): one plan per site, each planned on the sheet as
 * the plans before it leave it, to apply in that order in one batch.
 */
import type { SheetSnapshot } from "../../domain/snapshot";
import type { MonthFigures } from "../../domain/analysis/types";
import { planTelephonyUpsert } from "./upsert";
import { sheetAfterPlan } from "./plan-on-sheet";
import type { TelephonyUpsertPlan } from "./upsert-types";

export interface SiteFold {
  /** The value of the sheet's site column; null for a sheet that is one site. */
  readonly site: string | null;
  readonly months: readonly MonthFigures[];
}

export function planSiteFolds(existing: SheetSnapshot, year: number, folds: readonly SiteFold[]): TelephonyUpsertPlan[] {
  const plans: TelephonyUpsertPlan[] = [];
  let sheet = existing;
  for (const fold of folds) {
    const plan = planTelephonyUpsert(sheet, year, fold.months, fold.site);
    plans.push(plan);
    sheet = sheetAfterPlan(sheet, plan);
  }
  return plans;
}
