/**
 * Pasted telephony figures and the year's sites (a sheet each, or a site column): where they may go, what each
 * site would receive, and the plans that put them there. Pure over the workbook as read.
 */
import { sitesOfYear, telephonySheets, type YearSite } from "../domain/analysis/monthly";
import { annualRateAfterFold, matchSite } from "../domain/analysis/site-fold";
import { combineSites } from "../domain/analysis/combine-sites";
import type { MonthFigures } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import type { SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import type { TelephonyReading } from "../domain/telephony";
import { parseTelephonySites } from "../domain/telephony/read-text";
import { planSiteFolds, planTelephonyUpsert, type TelephonyUpsertPlan } from "../report/telephony";
import type { PastedSite, SiteChoice, SiteFoldOutcome, TelephonyPreview } from "../port";
import { ExcelOperationError } from "./errors";
import { ADAPTER_TEXT } from "./messages";

const ofYear = (year: number, months: readonly MonthFigures[]) => months.filter((month) => month.month.startsWith(`${year}-`));

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  return snapshot.sheets.find((sheet) => sheet.name === name) as SheetSnapshot;
}

function foldOutcome(snapshot: WorkbookSnapshot, year: number, site: YearSite, months: readonly MonthFigures[]): SiteFoldOutcome {
  const plan = planTelephonyUpsert(sheetOf(snapshot, site.sheet), year, months, site.siteValue);
  return { site: site.name, sheet: site.sheet, addedMonths: plan.addedMonths, replacedMonths: plan.replacedMonths };
}

/** The preview's figures and its choice of site; null when the year has one site or none (the fold goes as it always has). */
export function siteChoiceOf(snapshot: WorkbookSnapshot, year: number, text: string, reading: TelephonyReading): Pick<TelephonyPreview, "months" | "issues" | "received" | "answered" | "annualRate" | "siteChoice"> | null {
  const sites = sitesOfYear(telephonySheets(snapshot), year);
  if (sites.length <= 1) return null;
  const names = sites.map((site) => site.name);
  const exported = parseTelephonySites(text, { year });
  if (exported !== null && exported.length >= 2) {
    const pasted: PastedSite[] = exported.map(({ site: written, reading: own }) => {
      const site = matchSite(sites, written);
      return { pasted: written, site: site?.name ?? null, months: own.monthly.months, fold: site === null ? null : foldOutcome(snapshot, year, site, own.monthly.months) };
    });
    const folds = pasted.flatMap((entry) => (entry.site === null ? [] : [{ site: entry.site, months: ofYear(year, entry.months) }]));
    const combined = combineSites(exported.map(({ site, reading: own }) => ({ ...own.monthly, name: site, sheet: "" })));
    const issues: Issue[] = exported.flatMap(({ reading: own }) => own.issues).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const siteChoice: SiteChoice = { sites: names, bySite: [], chosen: null, pasted, annualRateAfter: annualRateAfterFold(sites, folds) };
    return { months: combined.months, issues, received: combined.received, answered: combined.answered, annualRate: combined.annualRate, siteChoice };
  }
  const named = exported?.length === 1 ? matchSite(sites, exported[0].site) : null;
  const months = reading.monthly.months;
  const bySite = sites.map((site) => ({ ...foldOutcome(snapshot, year, site, months), annualRateAfter: annualRateAfterFold(sites, [{ site: site.name, months: ofYear(year, months) }]) }));
  const { issues, monthly } = reading;
  const unmatched = exported?.length === 1 && named === null ? { unmatched: exported[0].site } : {};
  return { months, issues, received: monthly.received, answered: monthly.answered, annualRate: monthly.annualRate, siteChoice: { sites: names, bySite, chosen: named?.name ?? null, ...unmatched } };
}

/** One sheet's plans, to apply in their order in one batch (several sites of one sheet with a site column: one after the other). */
export interface SheetFold {
  readonly sheet: string;
  readonly plans: readonly TelephonyUpsertPlan[];
  readonly sites: readonly SiteFoldOutcome[];
}

/** The plans for a previewed choice on the workbook as read now; throws in French when no site is chosen or one is gone. */
export function siteFoldPlans(snapshot: WorkbookSnapshot, year: number, months: readonly MonthFigures[], choice: SiteChoice): SheetFold[] {
  const sites = sitesOfYear(telephonySheets(snapshot), year);
  const wanted = choice.pasted
    ? choice.pasted.flatMap((entry) => (entry.site === null ? [] : [{ name: entry.site, months: entry.months }]))
    : choice.chosen === null
      ? []
      : [{ name: choice.chosen, months }];
  if (wanted.length === 0) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.chooseSite);
  const folds = wanted.map(({ name, months: own }) => {
    const site = sites.find((candidate) => candidate.name === name);
    if (site === undefined) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.siteGone(name));
    return { site, months: own };
  });
  const sheets = [...new Set(folds.map((fold) => fold.site.sheet))];
  return sheets.map((sheet) => {
    const ofSheet = folds.filter((fold) => fold.site.sheet === sheet);
    const plans = planSiteFolds(sheetOf(snapshot, sheet), year, ofSheet.map((fold) => ({ site: fold.site.siteValue, months: fold.months })));
    const outcomes = ofSheet.map((fold, index) => ({ site: fold.site.name, sheet, addedMonths: plans[index].addedMonths, replacedMonths: plans[index].replacedMonths }));
    return { sheet, plans, sites: outcomes };
  });
}
