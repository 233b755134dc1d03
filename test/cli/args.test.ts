import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it.each([
    ["analyze with a file", ["analyze", "classeur.xlsx"], { command: "analyze", input: "classeur.xlsx", json: false, out: null }],
    ["analyze with --year and --json", ["analyze", "c.xlsx", "--year", "2021", "--json"], { command: "analyze", input: "c.xlsx", year: 2021, json: true }],
    ["--year=N written in one word", ["analyze", "--year=2020", "c.xlsx"], { year: 2020, input: "c.xlsx" }],
    ["generate with --out", ["generate", "c.xlsx", "--out", "r.xlsx"], { command: "generate", out: "r.xlsx" }],
    ["check-telephony with --json", ["check-telephony", "export.csv", "--json"], { command: "check-telephony", input: "export.csv", json: true }],
    ["a file name after --", ["analyze", "--", "-bizarre.xlsx"], { input: "-bizarre.xlsx" }],
  ])("runs %s", (_label, argv, expected) => {
    const outcome = parseArgs(argv);
    expect(outcome.kind).toBe("run");
    if (outcome.kind === "run") expect(outcome.args).toMatchObject(expected);
  });

  it("leaves year absent when --year is not given", () => {
    const outcome = parseArgs(["analyze", "c.xlsx"]);
    expect(outcome.kind === "run" && "year" in outcome.args).toBe(false);
  });

  it.each([["--help"], ["-h"], ["analyze", "--help"], ["generate", "c.xlsx", "-h"]])("asks for help on %s", (...argv) => {
    expect(parseArgs(argv)).toEqual({ kind: "help" });
  });

  it.each([
    ["no arguments", [], "Aucune commande indiquée."],
    ["an unknown command", ["analyse", "c.xlsx"], "Commande inconnue\u00a0: «\u00a0analyse\u00a0»."],
    ["a flag in place of a command", ["--json"], "Option inconnue\u00a0: «\u00a0--json\u00a0»."],
    ["an unknown flag", ["analyze", "c.xlsx", "--verbose"], "Option inconnue\u00a0: «\u00a0--verbose\u00a0»."],
    ["a short unknown flag", ["analyze", "c.xlsx", "-y", "2021"], "Option inconnue\u00a0: «\u00a0-y\u00a0»."],
    ["a flag the command does not take", ["analyze", "c.xlsx", "--out", "r.xlsx"], "L'option --out ne s'emploie pas avec la commande analyze."],
    ["--json with generate", ["generate", "c.xlsx", "--out", "r.xlsx", "--json"], "L'option --json ne s'emploie pas avec la commande generate."],
    ["a year that is not a number", ["analyze", "c.xlsx", "--year", "abc"], "L'option --year attend une année sur quatre chiffres (par exemple --year 2021), pas «\u00a0abc\u00a0»."],
    ["a two-digit year", ["analyze", "c.xlsx", "--year", "21"], "L'option --year attend une année sur quatre chiffres (par exemple --year 2021), pas «\u00a021\u00a0»."],
    ["a year with a decimal", ["analyze", "c.xlsx", "--year=2021.5"], "L'option --year attend une année sur quatre chiffres (par exemple --year 2021), pas «\u00a02021.5\u00a0»."],
    ["a four-digit year before the plausible range", ["analyze", "c.xlsx", "--year", "1899"], "L'option --year attend une année de 2000 à 2099\u00a0; 1899 est hors de cette plage."],
    ["a four-digit year after the plausible range", ["check-telephony", "e.csv", "--year=2100"], "L'option --year attend une année de 2000 à 2099\u00a0; 2100 est hors de cette plage."],
    ["--year without a value", ["analyze", "c.xlsx", "--year"], "L'option --year attend une valeur."],
    ["--year followed by another flag", ["analyze", "c.xlsx", "--year", "--json"], "L'option --year attend une valeur."],
    ["--json with a value", ["analyze", "c.xlsx", "--json=oui"], "L'option --json ne prend pas de valeur."],
    ["a flag given twice", ["analyze", "c.xlsx", "--json", "--json"], "L'option --json est indiquée deux fois."],
    ["no file", ["analyze", "--json"], "La commande analyze attend le chemin du fichier à lire."],
    ["two files", ["analyze", "a.xlsx", "b.xlsx"], "La commande analyze ne lit qu'un fichier\u00a0; argument en trop\u00a0: «\u00a0b.xlsx\u00a0»."],
    ["generate without --out", ["generate", "c.xlsx"], "La commande generate attend --out <rapport.xlsx>, le fichier à écrire."],
  ])("rejects %s with a French message", (_label, argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: "usage-error", message });
  });
});
