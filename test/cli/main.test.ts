import { main, type CommandRunners } from "../../src/cli/main";
import { UnusableInputError } from "../../src/xlsx/errors";
import { captureIo } from "../../src/cli/io";
import { SHORT_USAGE, USAGE } from "../../src/cli/messages";

describe("main", () => {
  it("prints the usage on stdout and exits 0 for --help", async () => {
    const io = captureIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out()).toBe(USAGE);
    expect(io.err()).toBe("");
  });

  it.each([
    ["no arguments", []],
    ["an unknown command", ["publier", "c.xlsx"]],
    ["an unknown flag", ["analyze", "c.xlsx", "--verbeux"]],
    ["a bad year", ["analyze", "c.xlsx", "--year", "deux-mille"]],
  ])("exits 2 with the message and the usage on stderr for %s", async (_label, argv) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err().endsWith(`\n\n${SHORT_USAGE}`)).toBe(true);
    expect(io.err().split("\n")[0]).not.toBe("");
    expect(io.out()).toBe("");
  });

  const failingWith = (error: unknown): CommandRunners => {
    const fail = async (): Promise<number> => {
      throw error;
    };
    return { analyze: fail, generate: fail, "check-telephony": fail, survey: fail };
  };

  it("exits 1 with the error's one French line on stderr when the input is unusable", async () => {
    const io = captureIo();
    const runners = failingWith(new UnusableInputError("Le fichier «\u00a0x.xlsx\u00a0» est vide\n: ce n'est pas un classeur."));
    expect(await main(["analyze", "x.xlsx"], io, runners)).toBe(1);
    expect(io.err()).toBe("Le fichier «\u00a0x.xlsx\u00a0» est vide : ce n'est pas un classeur.\n");
    expect(io.out()).toBe("");
  });

  it("exits 1 with a French line and no stack trace on an unexpected error", async () => {
    const io = captureIo();
    expect(await main(["generate", "x.xlsx", "--out", "r.xlsx"], io, failingWith(new TypeError("boom")))).toBe(1);
    expect(io.err()).toMatch(/^Erreur interne inattendue\./);
    expect(io.err()).not.toMatch(/boom|TypeError|at /);
  });

  it("passes the parsed arguments to the command and returns its exit code", async () => {
    const io = captureIo();
    const seen: unknown[] = [];
    const record = async (args: unknown): Promise<number> => {
      seen.push(args);
      return 0;
    };
    const runners: CommandRunners = { analyze: record, generate: record, "check-telephony": record, survey: record };
    expect(await main(["check-telephony", "export.csv", "--year", "2021"], io, runners)).toBe(0);
    expect(seen).toEqual([{ command: "check-telephony", input: "export.csv", positionals: ["export.csv"], year: 2021, json: false, out: null }]);
  });
});
