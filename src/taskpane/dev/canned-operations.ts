/**
 * WorkbookOperations answered from canned data, with a delay: for the development harness only
 * (looking at the pane in a browser without Excel). Nothing here reaches a workbook.
 */
import type { Issue } from "../../domain/issues";
import { DEFAULT_SETTINGS, type Settings, type TelephonyPreview, type WorkbookOperations } from "../operations";
import { SEED_ANALYSIS, SEED_MONTHS } from "./seed-analysis";

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

const PASTE_ISSUE: Issue = {
  severity: "error",
  code: "MONTH_ANSWERED_EXCEEDS_RECEIVED",
  sheet: null,
  cell: null,
  line: 4,
  message: "Plus d’appels aboutis (1 390) que d’appels reçus (1 366) : le mois est exclu des totaux.",
};

function cannedPreview(year: number | null): TelephonyPreview {
  const months = SEED_MONTHS.slice(0, 2).map(({ sheet: _sheet, row, ...month }) => ({ ...month, line: row }));
  const received = months.reduce((sum, month) => sum + month.received, 0);
  const answered = months.reduce((sum, month) => sum + month.answered, 0);
  return {
    year: year ?? 2021,
    months,
    issues: [PASTE_ISSUE],
    received,
    answered,
    annualRate: Math.round((answered / received) * 10000) / 100,
  };
}

export function createCannedOperations(latency = 400): WorkbookOperations {
  let settings: Settings = DEFAULT_SETTINGS;
  return {
    analyze: async () => (await wait(latency), SEED_ANALYSIS),
    selectCell: async () => wait(latency / 4),
    markIssues: async (issues) => (await wait(latency), issues.length),
    clearMarks: async () => (await wait(latency), SEED_ANALYSIS.issues.length),
    generateReport: async () => (await wait(latency * 2), { sheets: ["Synthèse 2021", "Contrôles 2021"], activeSheet: "Synthèse 2021" }),
    showSheet: async () => wait(latency / 4),
    loadSettings: async () => (await wait(latency / 4), settings),
    saveSettings: async (next) => {
      await wait(latency);
      settings = next;
    },
    previewTelephony: async (_text, year) => (await wait(latency), cannedPreview(year)),
    applyTelephony: async (preview) => (
      await wait(latency),
      { sheet: "Téléphonie 2021", created: false, replacedMonths: preview.months.map((m) => m.month), addedMonths: [], analysis: SEED_ANALYSIS }
    ),
    checkTelephonySheet: async () => (
      await wait(latency),
      { year: 2021, months: SEED_MONTHS, issues: [], received: SEED_ANALYSIS.monthly!.received, answered: SEED_ANALYSIS.monthly!.answered, annualRate: SEED_ANALYSIS.monthly!.annualRate }
    ),
  };
}
