/**
 * WorkbookOperations answered from the canned seed analysis (pasted figures are read by the engine),
 * with a delay: for the development harness only
 * (looking at the pane in a browser without Excel). Nothing here reaches a workbook.
 */
import { parseTelephonyText } from "../../domain/telephony";
import { DEFAULT_SETTINGS, type Settings, type TelephonyPreview, type WorkbookOperations } from "../../port";
import { SEED_ANALYSIS, SEED_MONTHS } from "./seed-analysis";

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The pasted text read by the engine itself, as the Excel adapter does. */
function previewOf(text: string, year: number | null): TelephonyPreview {
  const reading = parseTelephonyText(text, year === null ? {} : { year });
  return {
    year: reading.year ?? year ?? new Date().getFullYear(),
    months: reading.monthly.months,
    issues: reading.issues,
    received: reading.monthly.received,
    answered: reading.monthly.answered,
    annualRate: reading.monthly.annualRate,
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
    previewTelephony: async (text, year) => (await wait(latency), previewOf(text, year)),
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
