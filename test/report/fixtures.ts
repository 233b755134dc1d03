/** Analyses built by hand: the seed's 2021 table as DOMAIN.md says it must come out, and variations. */
import type { Analysis, IndicatorAnalysis, MonthFigures, Status } from "../../src/domain/analysis/types";
import type { Issue } from "../../src/domain/issues";
import type { Quantity, Target } from "../../src/domain/values/types";

export const SHEET = "Indicateurs 2021";

export const percent = (value: number): Quantity => ({ value, dimension: "percent", unit: "%", bare: false });
export const days = (value: number): Quantity => ({ value, dimension: "duration", unit: "jours", bare: false });
export const count = (value: number, unit: string | null): Quantity => ({ value, dimension: "count", unit, bare: unit === null });
export const target = (q: Quantity, comparator: Target["comparator"] = null, within?: Quantity): Target => ({
  ...q, comparator, ...(within ? { within } : {}),
});

export function indicator(row: number, fields: Partial<IndicatorAnalysis> & { name: string }): IndicatorAnalysis {
  return {
    sheet: SHEET, row, module: null, theme: null, comment: null,
    cells: { name: `B${row}`, result: `C${row}`, target: `D${row}` },
    result: null, target: null, direction: "higher", status: "no_target", gap: null,
    previous: null, change: null, improved: null, nationalAverage: null, nationalGap: null, betterThanNational: null,
    ...fields,
  };
}

const previous = (value: number | null, raw: string) => ({ year: 2020, value, raw });

export const SEED_INDICATORS: readonly IndicatorAnalysis[] = [
  indicator(4, {
    theme: "Accueil téléphonique", name: "Taux d'appels aboutis",
    comment: "Taux supérieur à la moyenne nationale en baisse d'un point par rapport à 2020",
    result: { raw: "94 %", quantity: percent(94) }, target: { raw: ">90 %", quantity: target(percent(90), ">") },
    status: "met", gap: 4, previous: previous(95, "95 %"), change: -1, improved: false,
  }),
  indicator(5, {
    theme: "Site IDE et réseaux sociaux", name: "Taux de connexion au site",
    result: { raw: "18 %", quantity: percent(18) }, target: { raw: "5 %", quantity: target(percent(5)) },
    status: "met", gap: 13, previous: previous(19, "19 %"), change: -1, improved: false,
  }),
  indicator(6, {
    name: "Taux d'engagements sur les réseaux sociaux",
    result: { raw: "5 %", quantity: percent(5) }, target: { raw: "2 %", quantity: target(percent(2)) },
    status: "met", gap: 3, previous: previous(7, "7 %"), change: -2, improved: false,
  }),
  indicator(7, {
    theme: "Accueil au PAN", name: "Nombre d'utilisateurs au PAN", direction: "none",
    comment: "Fort besoin d'accompagnement des usagers sans équipement informatique",
    result: { raw: "6 usagers par jour", quantity: count(6, "usagers par jour") }, status: "no_target",
  }),
  indicator(8, {
    theme: "Courriels", name: "Taux de réponse sous 5 jours",
    result: { raw: "100 %", quantity: percent(100) }, target: { raw: "> 80 %", quantity: target(percent(80), ">") },
    status: "met", gap: 20,
  }),
  indicator(9, {
    name: "Délai de réponse dans les 5 jours", direction: "lower",
    comment: "Bonne réactivité des services dans les réponses apportées aux usagers délai équivalent à 2020 (1,4 j).",
    result: { raw: "1,5 jours", quantity: days(1.5) }, target: { raw: "5 jours", quantity: target(days(5)) },
    status: "met", gap: -3.5, previous: previous(1.4, "1,4 jours"), change: 0.1, improved: false,
  }),
  indicator(10, {
    theme: "Communication d'urgence en cas d'évènement majeur",
    name: "Nombre d'activation de la cellule de communication d'urgence opérationnelle", direction: "none",
    result: { raw: "14", quantity: count(14, null) }, status: "no_target",
  }),
  indicator(11, {
    name: "Délai d'information des élus en temps de crise",
    comment: "6 en 2021. Délai de 10 minutes en heures ouvrables (et entre 15 et 45 minutes en heures non ouvrables).",
    result: { raw: "100 %", quantity: percent(100) }, target: { raw: "0,00", quantity: target(count(0, null)) },
    status: "invalid",
  }),
  indicator(12, {
    name: "Nombre d'exercices réalisés",
    comment: "4 exercices ont été réalisés en 2021",
    result: { raw: "4 exercices", quantity: count(4, "exercices") },
    target: { raw: "4 exercices/an", quantity: target(count(4, "exercices/an")) },
    status: "met", gap: 0,
  }),
  indicator(13, {
    name: "Taux d'activation dans les délais annoncés de la CIP",
    comment: "Aucune activation de la CIP en 2021",
    result: { raw: "/", quantity: null },
    target: { raw: "100 % en 1 h", quantity: target(percent(100), null, { value: 1, dimension: "duration", unit: "heures", bare: false }) },
    status: "not_measured",
  }),
];

export const SEED_ISSUES: readonly Issue[] = [
  {
    severity: "error", code: "TARGET_IMPLAUSIBLE", sheet: SHEET, cell: "D11",
    indicator: "Délai d'information des élus en temps de crise",
    message: "La cible « 0,00 » ne peut pas échouer pour un taux : saisissez la vraie cible (par exemple 100 %).",
  },
];

/** Twelve months summing to 15 860 received and 14 921 answered (94,08 %). */
export function seedMonths(): MonthFigures[] {
  const received = [1520, 1300, 1410, 1250, 1280, 1330, 1200, 1050, 1400, 1390, 1380, 0];
  const answered = [1432, 1220, 1330, 1180, 1200, 1250, 1130, 990, 1320, 1300, 1290, 0];
  received[11] = 15860 - received.reduce((a, b) => a + b, 0);
  answered[11] = 14921 - answered.reduce((a, b) => a + b, 0);
  return received.map((r, index) => ({
    month: `2021-${String(index + 1).padStart(2, "0")}`,
    received: r,
    answered: answered[index],
    rate: (answered[index] / r) * 100,
    sheet: "Téléphonie 2021",
    row: index + 2,
  }));
}

export function summarize(indicators: readonly IndicatorAnalysis[]): Record<Status, number> {
  const summary: Record<Status, number> = { met: 0, not_met: 0, no_target: 0, not_measured: 0, invalid: 0 };
  for (const i of indicators) summary[i.status]++;
  return summary;
}

export function seedAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  const indicators = overrides.indicators ?? SEED_INDICATORS;
  return {
    year: 2021,
    previousYear: 2020,
    availableYears: [2020, 2021],
    indicators,
    monthly: { sheet: "Téléphonie 2021", months: seedMonths(), received: 15860, answered: 14921, annualRate: 94.08 },
    survey: null,
    issues: SEED_ISSUES,
    summary: summarize(indicators),
    ...overrides,
  };
}

export const OPTIONS = {
  sourceName: "classeur-qualite-2021.xlsx",
  generatedAt: new Date(2022, 0, 15, 9, 30),
  tolerance: 0,
  linkToSource: false,
  existingSheetNames: [] as readonly string[],
};
