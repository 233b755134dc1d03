import { ANALYSIS_MESSAGES } from "../../../src/domain/analysis/messages";
import type { GridEntry } from "../../helpers/cells";
import { analyzeOne } from "./fixtures/analyze";

/** The values quoted in « » (names have no digits in these cases, so every digit is a value's). */
const quoted = (message: string): string[] => [...message.matchAll(/«(.*?)»/g)].map((match) => match[1]);

/** Where an ordinary space would let a line break split a value: after a number or a comparator. */
const BREAKABLE = /[\d<>≤≥=] (?=\S)/;

describe("the analysis messages keep values together, as French typography wants", () => {
  it.each<[string, string]>([
    ["the unreadable result's examples", ANALYSIS_MESSAGES.unreadable("result", "Taux d'appels aboutis", "beaucoup")],
    ["the unreadable target's examples", ANALYSIS_MESSAGES.unreadable("target", "Taux d'appels aboutis", "élevée")],
    ["the always-met target's example", ANALYSIS_MESSAGES.targetAlwaysMet("Délai d'information des élus", "0,00")],
    ["a raw target with a comparator", ANALYSIS_MESSAGES.targetNeverMet("Taux d'appels aboutis", "< 0 %")],
    ["a raw target with a duration", ANALYSIS_MESSAGES.targetAboveHundred("Taux d'activation", "120 % en 1 h")],
    ["both raw values of a unit mismatch", ANALYSIS_MESSAGES.unitMismatch("Délai de réponse", "94 %", "5 jours")],
    ["a formula-like text", ANALYSIS_MESSAGES.formulaLike("result", "Taux d'appels aboutis", "= 94 %")],
    ["the missing result's marker", ANALYSIS_MESSAGES.resultMissing("Taux d'appels aboutis")],
    ["the year example of the missing table", ANALYSIS_MESSAGES.noTable],
    ["the name of a sheet too large to read", ANALYSIS_MESSAGES.sheetTooLarge("Notes", "XFD1048576", 1_048_576 * 16_384, null)],
    ["the name of a sheet with a stray value", ANALYSIS_MESSAGES.sheetTooLarge("Notes", "XFD400", 400 * 16_384, "XFD1")],
    ["the name of a fold's sheet too large to read", ANALYSIS_MESSAGES.sheetTooLarge("Téléphonie", "XFD1048576", 1_048_576 * 16_384, null, { role: "où iraient ces chiffres", then: "intégrez-les de nouveau" })],
  ])("in %s", (_case, message) => {
    const values = quoted(message);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(value).toMatch(/^\u00a0.*\u00a0$/);
      expect(value).not.toMatch(BREAKABLE);
    }
    expect(message).not.toMatch(/[^\u00a0\u202f]%/);
  });

  it("says « > 90 % » and « 100 % » with no-break spaces, not ordinary ones", () => {
    expect(ANALYSIS_MESSAGES.unreadable("target", "Taux", "élevée")).toContain("«\u00a0>\u00a090\u00a0%\u00a0»");
    expect(ANALYSIS_MESSAGES.targetAlwaysMet("Taux", "0")).toContain("«\u00a0100\u00a0%\u00a0»");
  });

  it("still lets a long name break between its words", () => {
    const message = ANALYSIS_MESSAGES.resultMissing("Délai d'information des élus en temps de crise");
    expect(message).toContain("«\u00a0Délai d'information des élus en temps de crise\u00a0»");
  });

  it.each<[string, readonly GridEntry[]]>([
    ["an out-of-range percent", ["Accueil", "Taux d'appels aboutis", "120 %", "> 90 %"]],
    ["a negative duration", ["Courriels", "Délai de réponse", "-2 jours", "5 jours"]],
    ["an implausible target", ["Accueil", "Taux d'appels aboutis", "94 %", "120 %"]],
    ["a unit mismatch", ["Courriels", "Délai de réponse", "94 %", "5 jours"]],
  ])("in the engine's message on %s", (_case, row) => {
    const { analysis } = analyzeOne(row);
    expect(analysis.issues).not.toHaveLength(0);
    for (const issue of analysis.issues) {
      const values = issue.message.replace(/«\u00a0[^«»]*[A-Za-z]{4}[^«»]*\u00a0»/g, "");
      expect(values).not.toMatch(/\d (?=[%a-zé])|[<>≤≥] (?=\d)/);
      expect(issue.message).not.toMatch(/[^\u00a0\u202f]%/);
    }
  });
});
