/** The machine-readable analysis: exactly the `analyze --json` contract of DOMAIN.md. */
import type { Issue } from "../../domain/issues";
import type { Quantity, Target } from "../../domain/values";
import { round2 } from "../../domain/values/rounding";
import type { Analysis, CombinedMonthly, IndicatorAnalysis } from "../../domain/analysis/types";
import { toSurveyJson } from "./survey-json";

const roundOrNull = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : round2(value);

export function toAnalysisJson(analysis: Analysis): unknown {
  return {
    year: analysis.year,
    previousYear: analysis.previousYear,
    availableYears: [...analysis.availableYears],
    indicators: analysis.indicators.map(indicatorJson),
    monthly: analysis.monthly === null ? null : monthlyJson(analysis.monthly),
    survey: analysis.survey === null ? null : toSurveyJson(analysis.survey),
    issues: analysis.issues.map(issueJson),
    summary: { ...analysis.summary },
  };
}

function indicatorJson(indicator: IndicatorAnalysis): unknown {
  return {
    sheet: indicator.sheet,
    row: indicator.row,
    theme: indicator.theme,
    name: indicator.name,
    result: indicator.result === null ? null : { raw: indicator.result.raw, ...quantityJson(indicator.result.quantity) },
    target:
      indicator.target === null
        ? null
        : {
            raw: indicator.target.raw,
            comparator: indicator.target.quantity?.comparator ?? null,
            ...quantityJson(indicator.target.quantity),
          },
    direction: indicator.direction,
    status: indicator.status,
    gap: roundOrNull(indicator.gap),
    previous: indicator.previous === null ? null : { year: indicator.previous.year, value: roundOrNull(indicator.previous.value) },
    change: roundOrNull(indicator.change),
    improved: indicator.improved,
    nationalAverage: roundOrNull(indicator.nationalAverage),
    history: indicator.history.map((point) => ({ year: point.year, value: roundOrNull(point.value) })),
  };
}

function quantityJson(quantity: Quantity | Target | null): { value: number | null; unit: string | null } {
  return { value: roundOrNull(quantity?.value), unit: quantity?.unit ?? null };
}

export function monthlyJson(monthly: CombinedMonthly): unknown {
  return {
    sheet: monthly.sheet,
    months: monthly.months.map((m) => ({ month: m.month, received: m.received, answered: m.answered, rate: round2(m.rate) })),
    received: monthly.received,
    answered: monthly.answered,
    annualRate: roundOrNull(monthly.annualRate),
    sites: monthly.sites.map((site) => ({
      name: site.name,
      sheet: site.sheet,
      received: site.received,
      answered: site.answered,
      annualRate: roundOrNull(site.annualRate),
    })),
  };
}

function issueJson(issue: Issue): unknown {
  return { severity: issue.severity, code: issue.code, sheet: issue.sheet, cell: issue.cell, message: issue.message };
}
