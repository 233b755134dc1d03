/** WorkbookOperations for tests: every method a jest mock answering from the seed, overridable per test. */
import type { WorkbookOperations } from "../../../src/port";
import { DEFAULT_SETTINGS } from "../../../src/port";
import { toFrenchError } from "../../../src/excel/errors";
import { SEED_ANALYSIS } from "../../fixtures/seed";

export type FakeOperations = { [K in keyof WorkbookOperations]: jest.Mock<ReturnType<NonNullable<WorkbookOperations[K]>>, Parameters<NonNullable<WorkbookOperations[K]>>> };

export function fakeOperations(overrides: Partial<WorkbookOperations> = {}): FakeOperations {
  const defaults: WorkbookOperations = {
    analyze: async () => SEED_ANALYSIS,
    selectCell: async () => undefined,
    markIssues: async (issues) => issues.length,
    clearMarks: async () => ({ restored: 1, notFound: 0 }),
    generateReport: async () => ({ sheets: ["Synthèse 2021", "Contrôles 2021"], activeSheet: "Synthèse 2021" }),
    showSheet: async () => undefined,
    loadSettings: async () => DEFAULT_SETTINGS,
    saveSettings: async () => undefined,
    previewTelephony: async () => {
      throw new Error("previewTelephony is not set up in this test");
    },
    applyTelephony: async () => {
      throw new Error("applyTelephony is not set up in this test");
    },
    previewSurvey: async () => {
      throw new Error("previewSurvey is not set up in this test");
    },
    applySurvey: async () => {
      throw new Error("applySurvey is not set up in this test");
    },
    checkTelephonySheet: async () => {
      throw new Error("checkTelephonySheet is not set up in this test");
    },
    checkCompatibility: async () => {
      throw new Error("checkCompatibility is not set up in this test");
    },
  };
  const merged = { ...defaults, ...overrides };
  return Object.fromEntries(
    Object.entries(merged).map(([name, implementation]) => [name, jest.fn(implementation as (...args: never[]) => unknown)]),
  ) as unknown as FakeOperations;
}

/** A promise the test resolves or rejects when it chooses: to see the pane while an operation runs. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/**
 * What the Excel adapter rejects with when Office.js fails with this code: Office's error (an English
 * message, a code, debug info) translated by the adapter, as every operation's failure is.
 */
export function excelFailure(code: string): Error {
  return toFrenchError(Object.assign(new Error(`The operation failed (${code}).`), { name: "RichApi.Error", code, debugInfo: { code } }));
}
