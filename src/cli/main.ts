/** The command line's entry: parses the arguments, runs one command, turns every failure into an exit code. */
import { parseArgs, type CommandName, type ParsedArgs } from "./args";
import { processIo, type CliIo } from "./io";
import { MESSAGES, SHORT_USAGE, USAGE } from "./messages";
import { isUnusableInputError } from "../xlsx/errors";
import * as analyze from "./commands/analyze";
import * as generate from "./commands/generate";
import * as checkTelephony from "./commands/check-telephony";
import * as survey from "./commands/survey";

export type ExitCode = 0 | 1 | 2;

export const EXIT = { done: 0, unusableInput: 1, usageError: 2 } as const;

export type CommandRunner = (args: ParsedArgs, io: CliIo) => Promise<number>;
export type CommandRunners = Readonly<Record<CommandName, CommandRunner>>;

const RUNNERS: CommandRunners = {
  analyze: analyze.run,
  generate: generate.run,
  "check-telephony": checkTelephony.run,
  survey: survey.run,
};

/** Runs the command line; `io` and `runners` are replaced only by tests. */
export async function main(argv: string[], io: CliIo = processIo, runners: CommandRunners = RUNNERS): Promise<number> {
  const outcome = parseArgs(argv);
  if (outcome.kind === "help") {
    io.stdout(USAGE);
    return EXIT.done;
  }
  if (outcome.kind === "usage-error") {
    io.stderr(`${outcome.message}\n\n${SHORT_USAGE}`);
    return EXIT.usageError;
  }
  try {
    return await runners[outcome.args.command](outcome.args, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (isUnusableInputError(error)) {
    io.stderr(`${oneLine(error.message)}\n`);
    return EXIT.unusableInput;
  }
  io.stderr(`${MESSAGES.unexpectedError}\n`);
  if (process.env.BILAN_QUALITE_DEBUG === "1") io.stderr(`${error instanceof Error ? error.stack : String(error)}\n`);
  return EXIT.unusableInput;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, " ").trim();
