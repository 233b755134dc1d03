/**
 * The seed's 2021 table as the engine analyses it (DOMAIN.md, "What the seed's 2021 table must give"),
 * written out by hand: canned data for the development harness and the pane's tests.
 */
import type { Analysis, IndicatorAnalysis, MonthFigures } from "../../domain/analysis/types";
import type { Quantity, Target } from "../../domain/values/types";

const SHEET = "Indicateurs 2021";

function percent(value: number): Quantity {
  return { value, dimension: "percent", unit: "%", bare: false };
}

function target(quantity: Quantity, comparator: Target["comparator"]): Target {
  return { ...quantity, comparator };
}

interface Row {
  readonly row: number;
  readonly theme: string | null;
  readonly name: string;
  readonly result: readonly [string, Quantity | null] | null;
  readonly target: readonly [string, Target | null] | null;
  readonly direction: IndicatorAnalysis["direction"];
  readonly status: IndicatorAnalysis["status"];
  readonly gap?: number;
  readonly previous?: readonly [string, number];
  readonly change?: number;
  readonly improved?: boolean;
}

function indicator(row: Row): IndicatorAnalysis {
  return {
    sheet: SHEET,
    row: row.row,
    module: null,
    theme: row.theme,
    name: row.name,
    comment: null,
    cells: { name: `B${row.row}`, result: `C${row.row}`, target: `D${row.row}` },
    result: row.result && { raw: row.result[0], quantity: row.result[1] },
    target: row.target && { raw: row.target[0], quantity: row.target[1] },
    direction: row.direction,
    status: row.status,
    gap: row.gap ?? null,
    previous: row.previous ? { year: 2020, raw: row.previous[0], value: row.previous[1] } : null,
    change: row.change ?? null,
    improved: row.improved ?? null,
    nationalAverage: null,
    nationalGap: null,
    betterThanNational: null,
  };
}

const days = (value: number): Quantity => ({ value, dimension: "duration", unit: "jours", bare: false });
const count = (value: number, unit: string | null): Quantity => ({ value, dimension: "count", unit, bare: unit === null });

const SEED_ROWS: readonly Row[] = [
  { row: 4, theme: "Accueil téléphonique", name: "Taux d'appels aboutis", result: ["94 %", percent(94)], target: [">90 %", target(percent(90), ">")], direction: "higher", status: "met", gap: 4, previous: ["95 %", 95], change: -1, improved: false },
  { row: 5, theme: "Site IDE et réseaux sociaux", name: "Taux de connexion au site", result: ["18 %", percent(18)], target: ["5 %", target(percent(5), null)], direction: "higher", status: "met", gap: 13, previous: ["19 %", 19], change: -1, improved: false },
  { row: 6, theme: null, name: "Taux d'engagements sur les réseaux sociaux", result: ["5 %", percent(5)], target: ["2 %", target(percent(2), null)], direction: "higher", status: "met", gap: 3, previous: ["7 %", 7], change: -2, improved: false },
  { row: 7, theme: "Accueil au PAN", name: "Nombre d'utilisateurs au PAN", result: ["6 usagers par jour", count(6, "usagers par jour")], target: null, direction: "none", status: "no_target" },
  { row: 8, theme: "Courriels", name: "Taux de réponse sous 5 jours", result: ["100 %", percent(100)], target: ["> 80 %", target(percent(80), ">")], direction: "higher", status: "met", gap: 20 },
  { row: 9, theme: null, name: "Délai de réponse dans les 5 jours", result: ["1,5 jours", days(1.5)], target: ["5 jours", target(days(5), null)], direction: "lower", status: "met", gap: -3.5, previous: ["1,4 j", 1.4], change: 0.1, improved: false },
  { row: 10, theme: "Communication d'urgence en cas d'évènement majeur", name: "Nombre d'activation de la cellule de communication d'urgence opérationnelle", result: ["14", count(14, null)], target: null, direction: "none", status: "no_target" },
  { row: 11, theme: null, name: "Délai d'information des élus en temps de crise", result: ["100 %", percent(100)], target: ["0,00", target(count(0, null), null)], direction: "higher", status: "invalid" },
  { row: 12, theme: null, name: "Nombre d'exercices réalisés", result: ["4 exercices", count(4, "exercices")], target: ["4 exercices/an", target(count(4, "exercices/an"), null)], direction: "higher", status: "met", gap: 0 },
  { row: 13, theme: null, name: "Taux d'activation dans les délais annoncés de la CIP", result: ["/", null], target: ["100 % en 1 h", { ...target(percent(100), null), within: { value: 1, dimension: "duration", unit: "heures", bare: false } }], direction: "higher", status: "not_measured" },
];

export const SEED_INDICATORS: readonly IndicatorAnalysis[] = SEED_ROWS.map(indicator);

const MONTHLY_FIGURES: readonly (readonly [number, number])[] = [
  [1520, 1432], [1388, 1301], [1466, 1390], [1290, 1222], [1205, 1127], [1318, 1245],
  [1102, 1031], [980, 912], [1415, 1330], [1398, 1310], [1402, 1320], [1376, 1301],
];

export const SEED_MONTHS: readonly MonthFigures[] = MONTHLY_FIGURES.map(([received, answered], index) => ({
  month: `2021-${String(index + 1).padStart(2, "0")}`,
  received,
  answered,
  rate: Math.round((answered / received) * 1000) / 10,
  sheet: "Téléphonie 2021",
  row: index + 2,
}));

const received = MONTHLY_FIGURES.reduce((sum, [r]) => sum + r, 0);
const answered = MONTHLY_FIGURES.reduce((sum, [, a]) => sum + a, 0);

export const SEED_ANALYSIS: Analysis = {
  year: 2021,
  previousYear: 2020,
  availableYears: [2020, 2021],
  indicators: SEED_INDICATORS,
  survey: null,
  monthly: {
    sheet: "Téléphonie 2021",
    months: SEED_MONTHS,
    received,
    answered,
    annualRate: Math.round((answered / received) * 10000) / 100,
  },
  issues: [
    {
      severity: "error",
      code: "TARGET_IMPLAUSIBLE",
      sheet: SHEET,
      cell: "D11",
      indicator: "Délai d'information des élus en temps de crise",
      message: "La cible « 0,00 » ne peut pas être manquée : une cible de 0 pour un taux à maximiser est sans doute une erreur de saisie.",
    },
  ],
  summary: { met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 },
};
