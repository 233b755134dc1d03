/** The command line's arguments: `<command> <file> [--year N] [--json] [--out path]`. */
import { MESSAGES } from "./messages";
import { isPlausibleYear } from "../domain/text/french";

export type CommandName = "analyze" | "generate" | "check-telephony" | "survey";
export type FlagName = "year" | "json" | "out";

export interface ParsedArgs {
  readonly command: CommandName;
  /** The file to read (the single positional argument). */
  readonly input: string;
  /** All positional arguments after the command (today always [input]). */
  readonly positionals: readonly string[];
  /** --year N, absent when not given. */
  readonly year?: number;
  readonly json: boolean;
  /** --out path (generate), null when not given. */
  readonly out: string | null;
}

export type ArgsOutcome =
  | { readonly kind: "run"; readonly args: ParsedArgs }
  | { readonly kind: "help" }
  | { readonly kind: "usage-error"; readonly message: string };

interface CommandSpec {
  readonly flags: readonly FlagName[];
  readonly required: readonly FlagName[];
}

const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  analyze: { flags: ["year", "json"], required: [] },
  generate: { flags: ["year", "out"], required: ["out"] },
  "check-telephony": { flags: ["year", "json"], required: [] },
  survey: { flags: ["year", "json"], required: [] },
};

const FLAG_TAKES_VALUE: Readonly<Record<FlagName, boolean>> = { year: true, json: false, out: true };

const isCommandName = (word: string): word is CommandName => Object.prototype.hasOwnProperty.call(COMMANDS, word);
const isFlagName = (word: string): word is FlagName => Object.prototype.hasOwnProperty.call(FLAG_TAKES_VALUE, word);
const isHelp = (word: string): boolean => word === "--help" || word === "-h";
const looksLikeFlag = (word: string): boolean => word.startsWith("-") && word !== "-";

const usageError = (message: string): ArgsOutcome => ({ kind: "usage-error", message });

export type YearReading = { readonly ok: true; readonly year: number } | { readonly ok: false; readonly message: string };

/** --year's value: four digits, within the years a table can speak of. */
export function parseYear(text: string): YearReading {
  if (!/^\d{4}$/.test(text)) return { ok: false, message: MESSAGES.badYear(text) };
  const year = Number(text);
  return isPlausibleYear(year) ? { ok: true, year } : { ok: false, message: MESSAGES.implausibleYear(text) };
}

export function parseArgs(argv: readonly string[]): ArgsOutcome {
  if (argv.some(isHelp)) return { kind: "help" };
  const [command, ...rest] = argv;
  if (command === undefined) return usageError(MESSAGES.noCommand);
  if (!isCommandName(command)) {
    return usageError(looksLikeFlag(command) ? MESSAGES.unknownFlag(command) : MESSAGES.unknownCommand(command));
  }
  const spec = COMMANDS[command];
  const values = new Map<FlagName, string>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word === "--") {
      positionals.push(...rest.slice(i + 1));
      break;
    }
    if (!looksLikeFlag(word)) {
      positionals.push(word);
      continue;
    }
    const [flagWord, inlineValue] = splitFlag(word);
    const name = flagWord.replace(/^--/, "");
    if (!flagWord.startsWith("--") || !isFlagName(name)) return usageError(MESSAGES.unknownFlag(flagWord));
    if (!spec.flags.includes(name)) return usageError(MESSAGES.flagNotForCommand(flagWord, command));
    if (values.has(name)) return usageError(MESSAGES.flagRepeated(flagWord));
    if (!FLAG_TAKES_VALUE[name]) {
      if (inlineValue !== undefined) return usageError(MESSAGES.flagTakesNoValue(flagWord));
      values.set(name, "");
      continue;
    }
    const value = inlineValue ?? rest[i + 1];
    if (value === undefined || value === "" || (inlineValue === undefined && looksLikeFlag(value))) {
      return usageError(MESSAGES.flagNeedsValue(flagWord));
    }
    if (inlineValue === undefined) i++;
    values.set(name, value);
  }
  return finish(command, spec, positionals, values);
}

function splitFlag(word: string): [string, string | undefined] {
  const equals = word.indexOf("=");
  return equals < 0 ? [word, undefined] : [word.slice(0, equals), word.slice(equals + 1)];
}

function finish(
  command: CommandName,
  spec: CommandSpec,
  positionals: readonly string[],
  values: ReadonlyMap<FlagName, string>,
): ArgsOutcome {
  if (positionals.length === 0) return usageError(MESSAGES.missingInput(command));
  if (positionals.length > 1) return usageError(MESSAGES.tooManyInputs(command, positionals[1]));
  if (spec.required.includes("out") && !values.has("out")) return usageError(MESSAGES.missingOut);
  const yearText = values.get("year");
  const year = yearText === undefined ? undefined : parseYear(yearText);
  if (year !== undefined && !year.ok) return usageError(year.message);
  const args: ParsedArgs = {
    command,
    input: positionals[0],
    positionals,
    json: values.has("json"),
    out: values.get("out") ?? null,
    ...(year === undefined ? {} : { year: year.year }),
  };
  return { kind: "run", args };
}
